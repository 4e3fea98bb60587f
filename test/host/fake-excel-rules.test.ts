import ExcelJS from "exceljs";
import { createNodeFakeExcel } from "../../src/host/fake-excel/node";

function book() {
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet("Data").getCell("A1").value = "start";
  wb.addWorksheet("Other");
  return wb;
}

describe("Excel's rules on the fake host", () => {
  it("runs a batch in order and keeps the statements before a failing one; the error names the statement", async () => {
    const em = createNodeFakeExcel(book());
    const error = await em
      .run(async (context) => {
        const ws = context.workbook.worksheets.getItem("Data");
        ws.getRange("A1").values = [["first"]];
        ws.getRange("B1").values = [["x", "too", "wide"]];
        ws.getRange("C1").values = [["never"]];
        await context.sync();
      })
      .catch((e: { code: string; debugInfo: { statement?: string } }) => e);
    expect(error).toMatchObject({ code: "InvalidArgument" });
    expect((error as { debugInfo: { statement?: string } }).debugInfo.statement).toMatch(/values/);
    expect(em.workbook.getWorksheet("Data")!.getCell("A1").value).toBe("first");
    expect(em.workbook.getWorksheet("Data")!.getCell("C1").value).toBeNull();
  });

  it("fails an injected action and keeps the ones before it", async () => {
    const probe = createNodeFakeExcel(book());
    await probe.run(async (context) => {
      const ws = context.workbook.worksheets.getItem("Data");
      ws.getRange("A1").values = [["one"]];
      ws.getRange("A2").values = [["two"]];
      await context.sync();
    });
    const total = probe.stats.actions;
    let between = 0;
    for (let n = 1; n <= total; n++) {
      const wb = book();
      const faulty = createNodeFakeExcel(wb);
      faulty.failAtAction(n);
      await faulty
        .run(async (context) => {
          const ws = context.workbook.worksheets.getItem("Data");
          ws.getRange("A1").values = [["one"]];
          ws.getRange("A2").values = [["two"]];
          await context.sync();
        })
        .catch(() => undefined);
      const [a1, a2] = [wb.getWorksheet("Data")!.getCell("A1").value, wb.getWorksheet("Data")!.getCell("A2").value];
      // In order: A2 is never written without A1; some faults fall between them.
      expect(a2 === "two" ? a1 === "one" : true).toBe(true);
      if (a1 === "one" && a2 !== "two") between++;
    }
    expect(between).toBeGreaterThan(0);
  });

  it("refuses a request over 5 MB by its real bytes, and a response over 5 MB", async () => {
    const em = createNodeFakeExcel(book());
    const big = Array.from({ length: 60_000 }, (_, i) => [`row ${i} ${"x".repeat(80)}`]);
    await expect(
      em.run(async (context) => {
        context.workbook.worksheets.getItem("Data").getRange("A1:A60000").values = big;
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: "RequestPayloadSizeLimitExceeded" });
    expect(em.stats.maxRequestBytes).toBeGreaterThan(5 * 1024 * 1024);
    expect(em.workbook.getWorksheet("Data")!.getCell("A2").value).toBeNull();
    const ws = em.workbook.getWorksheet("Other")!;
    for (let r = 1; r <= 60_000; r++) ws.getCell(r, 1).value = `row ${r} ${"y".repeat(80)}`;
    await expect(
      em.run(async (context) => {
        context.workbook.worksheets.getItem("Other").getRange("A1:A60000").load("values");
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: "ResponsePayloadSizeLimitExceeded" });
  });

  it("answers an oversized request with GeneralException when modelling older Excel on the web", async () => {
    const em = createNodeFakeExcel(book(), { payloadLimitBytes: 2000, oversizeCode: "GeneralException" });
    await expect(
      em.run(async (context) => {
        context.workbook.worksheets.getItem("Data").getRange("A1:A400").values = Array.from({ length: 400 }, () => ["value"]);
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: "GeneralException" });
  });

  it("fails a call from a later requirement set than the host's with ApiNotFound", async () => {
    const old = createNodeFakeExcel(book(), { level: "1.7" });
    expect(old.isSetSupported("ExcelApi", "1.7")).toBe(true);
    expect(old.isSetSupported("ExcelApi", "1.10")).toBe(false);
    await expect(
      old.run(async (context) => {
        context.workbook.worksheets.getItem("Data").getRange("2:3").group("ByRows");
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: "ApiNotFound" });
    await expect(
      old.run(async (context) => {
        context.workbook.worksheets.getItem("Data").getRange("A1").format.indentLevel = 1;
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: "ApiNotFound" });
    const latest = createNodeFakeExcel(book());
    await latest.run(async (context) => {
      context.workbook.worksheets.getItem("Data").getRange("2:3").group("ByRows");
      await context.sync();
    });
    expect(latest.workbook.getWorksheet("Data")!.getRow(2).outlineLevel).toBe(1);
  });

  it("turns other sheets' formulas that refer to a deleted sheet into #REF!", async () => {
    const wb = book();
    wb.addWorksheet("QIPP Submission").getCell("F20").value = 42;
    wb.getWorksheet("Other")!.getCell("A1").value = { formula: "'QIPP Submission'!F20" } as ExcelJS.CellValue;
    const em = createNodeFakeExcel(wb);
    const read = () =>
      em.run(async (context) => {
        const r = context.workbook.worksheets.getItem("Other").getRange("A1").load("values");
        await context.sync();
        return r.values[0][0];
      });
    expect(await read()).toBe(42);
    await em.run(async (context) => {
      context.workbook.worksheets.getItem("QIPP Submission").delete();
      await context.sync();
    });
    expect(await read()).toBe("#REF!");
    expect(wb.getWorksheet("Other")!.getCell("A1").formula).toBe("#REF!");
  });
});

describe("data validation on the fake host (ExcelApi 1.8)", () => {
  it("sets a list rule through Microsoft's library, reads its type back, clears it; fails at ExcelApi 1.7", async () => {
    const em = createNodeFakeExcel(book());
    const type = await em.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Data").getRange("G2:G4");
      range.dataValidation.rule = { list: { inCellDropDown: true, source: "Red,Amber,Green" } };
      const validation = range.dataValidation.load("type");
      await context.sync();
      return validation.type;
    });
    expect(type).toBe("List");
    // Kept as the workbook keeps it: one rule for the range's address (sqref G2:G4).
    const validations = (em.workbook.getWorksheet("Data") as unknown as { dataValidations: { find(a: string): unknown } }).dataValidations;
    expect(validations.find("G2:G4")).toMatchObject({ type: "list", formulae: ['"Red,Amber,Green"'] });
    await em.run(async (context) => {
      context.workbook.worksheets.getItem("Data").getRange("G2:G4").dataValidation.clear();
      await context.sync();
    });
    expect(validations.find("G2:G4")).toBeFalsy();
    const old = createNodeFakeExcel(book(), { level: "1.7" });
    await expect(
      old.run(async (context) => {
        context.workbook.worksheets.getItem("Data").getRange("G2").dataValidation.rule = { list: { inCellDropDown: true, source: "A,B" } };
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: "ApiNotFound" });
  });
});
