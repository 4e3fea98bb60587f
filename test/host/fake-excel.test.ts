import ExcelJS from "exceljs";
import { createNodeFakeExcel } from "../../src/host/fake-excel/node";

function emulator() {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Data");
  ws.getCell("B2").value = 5;
  ws.getCell("C3").value = "x";
  return createNodeFakeExcel(wb);
}

describe("Fake Excel host behind Microsoft's library", () => {
  it("throws PropertyNotLoaded for a property read before load and sync", async () => {
    const em = emulator();
    await em.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Data").getRange("B2");
      expect(() => range.values).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
      range.load("address");
      expect(() => range.address).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
      await context.sync();
      expect(range.address).toBe("Data!B2");
      expect(() => range.values).toThrow(expect.objectContaining({ code: "PropertyNotLoaded", debugInfo: expect.objectContaining({ code: "PropertyNotLoaded" }) }));
    });
  });

  it("fails getItem of a missing sheet at sync with ItemNotFound; getItemOrNullObject gives a null object", async () => {
    const em = emulator();
    await expect(
      em.run(async (context) => {
        context.workbook.worksheets.getItem("Missing");
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: "ItemNotFound" });
    await em.run(async (context) => {
      const sheet = context.workbook.worksheets.getItemOrNullObject("missing").load("name");
      const found = context.workbook.worksheets.getItemOrNullObject("data").load("name");
      await context.sync();
      expect(sheet.isNullObject).toBe(true);
      expect(found.isNullObject).toBe(false);
      expect(found.name).toBe("Data");
    });
  });

  it("rejects values of the wrong shape with InvalidArgument and applies writes only at sync", async () => {
    const em = emulator();
    await expect(
      em.run(async (context) => {
        context.workbook.worksheets.getItem("Data").getRange("A1:B1").values = [[1, 2, 3]];
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: "InvalidArgument" });
    await em.run(async (context) => {
      context.workbook.worksheets.getItem("Data").getRange("A1:B1").values = [[1, 2]];
      expect(em.workbook.getWorksheet("Data")!.getCell("A1").value).toBeNull();
      await context.sync();
      expect(em.workbook.getWorksheet("Data")!.getCell("B1").value).toBe(2);
    });
  });

  it("parses strings as Excel does unless the cell is text-formatted", async () => {
    const em = emulator();
    await em.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Data");
      sheet.getRange("A1:B1").values = [["=1+1", "007"]];
      const text = sheet.getRange("A2:B2");
      text.numberFormat = [["@", "@"]];
      text.values = [["=1+1", "007"]];
      await context.sync();
    });
    const ws = em.workbook.getWorksheet("Data")!;
    expect(ws.getCell("A1").formula).toBe("1+1");
    expect(ws.getCell("B1").value).toBe(7);
    expect(ws.getCell("A2").value).toBe("=1+1");
    expect(ws.getCell("B2").value).toBe("007");
  });

  it("leaves a cell alone for null and clears it for an empty string, as Excel does", async () => {
    const em = emulator();
    await em.run(async (context) => {
      context.workbook.worksheets.getItem("Data").getRange("B2:C3").values = [[null, "new"], [9, ""]];
      await context.sync();
    });
    const ws = em.workbook.getWorksheet("Data")!;
    expect([ws.getCell("B2").value, ws.getCell("C2").value, ws.getCell("B3").value, ws.getCell("C3").value]).toEqual([5, "new", 9, null]);
  });

  it("reports the used range with Excel's values: empty cells as '', offsets from A1", async () => {
    const em = emulator();
    await em.run(async (context) => {
      const used = context.workbook.worksheets.getItem("Data").getUsedRange(true).load("address,values,rowIndex,columnIndex");
      await context.sync();
      expect(used.address).toBe("Data!B2:C3");
      expect(used.values).toEqual([[5, ""], ["", "x"]]);
      expect([used.rowIndex, used.columnIndex]).toEqual([1, 1]);
    });
  });

  it("applies nothing of a failed sync, and rejects every sync in cell-edit mode", async () => {
    const em = emulator();
    em.failAtSync(1);
    await expect(
      em.run(async (context) => {
        context.workbook.worksheets.add("New");
        context.workbook.worksheets.getItem("Data").getRange("A1").values = [["changed"]];
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: "GeneralException" });
    expect(em.workbook.worksheets.map((w) => w.name)).toEqual(["Data"]);
    expect(em.workbook.getWorksheet("Data")!.getCell("A1").value).toBeNull();
    em.setCellEditMode(true);
    await expect(em.run(async (context) => context.sync())).rejects.toMatchObject({ code: "InvalidOperationInCellEditMode" });
  });

  it("counts syncs and payload bytes, and refuses a response over the limit", async () => {
    const em = createNodeFakeExcel(new ExcelJS.Workbook(), { payloadLimitBytes: 3000 });
    em.workbook.addWorksheet("Big");
    await em.run(async (context) => {
      context.workbook.worksheets.getItem("Big").getRange("A1:A200").values = Array.from({ length: 200 }, () => [1]);
      await context.sync();
    });
    // The sync, then Excel.run's own request that releases the ranges it tracked.
    expect(em.stats.syncs).toBe(2);
    // The real message: the values plus the object paths and actions that carry them.
    expect(em.stats.maxRequestBytes).toBeGreaterThan(JSON.stringify(Array.from({ length: 200 }, () => [1])).length + 200);
    expect(em.stats.maxRequestBytes).toBeLessThan(3000);
    await expect(
      em.run(async (context) => {
        context.workbook.worksheets.getItem("Big").getRange("A1:A200").load("values,numberFormat");
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: "ResponsePayloadSizeLimitExceeded" });
  });
});
