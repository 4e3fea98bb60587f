import ExcelJS from "exceljs";
import { createNodeFakeExcel } from "../../src/host/fake-excel/node";

function book() {
  const wb = new ExcelJS.Workbook();
  const source = wb.addWorksheet("Source");
  source.getCell("A1").value = 12.5;
  source.getCell("A1").numFmt = "#,##0.00";
  source.getCell("A1").fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFFFC7CE" } };
  source.getCell("B1").value = { text: "Plan", hyperlink: "'Plan'!A1" };
  source.getColumn(1).width = 30;
  const target = wb.addWorksheet("Target");
  target.getCell("A1").value = "old";
  target.getCell("C2").value = "leftover";
  target.getCell("C2").font = { bold: true };
  wb.addWorksheet("Mine").getCell("A1").value = { formula: "'Target'!A1" } as ExcelJS.CellValue;
  return wb;
}

const copy = (context: Excel.RequestContext) => {
  const sheets = context.workbook.worksheets;
  sheets.getItem("Target").getRange("A1:C2").copyFrom(sheets.getItem("Source").getRange("A1:C2"), "All");
};

describe("Range.copyFrom on the fake host (ExcelApi 1.9)", () => {
  it("carries values, number formats, fills and hyperlinks, blanks what the source leaves blank, keeps the sheet and references to it", async () => {
    const em = createNodeFakeExcel(book());
    const mine = await em.run(async (context) => {
      copy(context);
      const read = context.workbook.worksheets.getItem("Mine").getRange("A1").load("values,formulas");
      await context.sync();
      return read;
    });
    const target = em.workbook.getWorksheet("Target")!;
    expect(target.getCell("A1").value).toBe(12.5);
    expect(target.getCell("A1").numFmt).toBe("#,##0.00");
    expect(target.getCell("A1").fill).toMatchObject({ fgColor: { argb: "FFFFC7CE" } });
    expect(target.getCell("B1").value).toEqual({ text: "Plan", hyperlink: "'Plan'!A1" });
    expect(target.getCell("C2").value).toBeNull();
    expect(target.getCell("C2").font).toBeUndefined();
    // Column widths are not copied: RangeCopyType is All, Formulas, Values or Formats
    // (https://learn.microsoft.com/javascript/api/excel/excel.rangecopytype).
    expect(target.getColumn(1).width).toBeUndefined();
    expect(mine.formulas[0][0]).toBe("='Target'!A1");
    expect(mine.values[0][0]).toBe(12.5);
  });

  it("fails with ApiNotFound at ExcelApi 1.7, and between ranges of different sizes", async () => {
    const old = createNodeFakeExcel(book(), { level: "1.7" });
    await expect(old.run(async (context) => (copy(context), context.sync()))).rejects.toMatchObject({ code: "ApiNotFound" });
    expect(old.workbook.getWorksheet("Target")!.getCell("A1").value).toBe("old");
    const latest = createNodeFakeExcel(book());
    await expect(
      latest.run(async (context) => {
        context.workbook.worksheets.getItem("Target").getRange("A1:B1").copyFrom("'Source'!A1:C2", "All");
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: "InvalidArgument" });
  });
});
