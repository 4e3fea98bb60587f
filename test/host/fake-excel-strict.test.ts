import ExcelJS from "exceljs";
import { createNodeFakeExcel } from "../../src/host/fake-excel/node";

// Where the fake host is as strict as Excel. Each case cites the page it follows.
const run = (wb: ExcelJS.Workbook, batch: (context: Excel.RequestContext) => void, level?: `1.${number}`) =>
  createNodeFakeExcel(wb, level ? { level } : {}).run(async (context) => {
    batch(context);
    await context.sync();
  });

describe("the fake host is as strict as Excel", () => {
  it("getUsedRange counts formatted cells unless valuesOnly (learn.microsoft.com/javascript/api/excel/excel.worksheet#excel-excel-worksheet-getusedrange-member(1))", async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("S");
    ws.getCell("A1").value = "x";
    ws.getCell("D7").fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFFFFF00" } };
    const em = createNodeFakeExcel(wb);
    const [all, values] = await em.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("S");
      const a = sheet.getUsedRange().load("address");
      const v = sheet.getUsedRange(true).load("address");
      await context.sync();
      return [a.address, v.address];
    });
    expect(all).toMatch(/A1:D7$/);
    expect(values).toMatch(/A1$/);
  });

  it("tables.add refuses an overlap with another table and merged cells (learn.microsoft.com/javascript/api/excel/excel.tablecollection#excel-excel-tablecollection-add-member(1))", async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("S");
    ws.addTable({ name: "Existing", ref: "A1", headerRow: true, columns: [{ name: "a" }, { name: "b" }], rows: [[1, 2]] });
    ws.mergeCells("F1:G2");
    await expect(run(wb, (c) => void c.workbook.worksheets.getItem("S").tables.add("B1:C3", true))).rejects.toMatchObject({ code: "InvalidArgument" });
    await expect(run(wb, (c) => void c.workbook.worksheets.getItem("S").tables.add("E1:H3", true))).rejects.toMatchObject({ code: "InvalidArgument" });
    await expect(run(wb, (c) => void c.workbook.worksheets.getItem("S").tables.add("A5:B6", true))).resolves.toBeUndefined();
    expect(ws.getTables()).toHaveLength(2);
  });

  it("a table cannot take a defined name's name", async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("S");
    ws.getCell("A1").value = "h";
    wb.definedNames.add("'S'!$A$1", "QIPP_Findings");
    const rename = run(wb, (c) => {
      c.workbook.worksheets.getItem("S").tables.add("A1:A2", true).name = "qipp_findings";
    });
    await expect(rename).rejects.toMatchObject({ code: "InvalidArgument" });
  });

  it("a VeryHidden sheet cannot be deleted (learn.microsoft.com/javascript/api/excel/excel.worksheet#excel-excel-worksheet-delete-member(1))", async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("Visible");
    wb.addWorksheet("Secret").state = "veryHidden";
    await expect(run(wb, (c) => c.workbook.worksheets.getItem("Secret").delete())).rejects.toMatchObject({ code: "InvalidOperation" });
    expect(wb.getWorksheet("Secret")).toBeDefined();
  });

  it('"History" is a reserved sheet name (support.microsoft.com/office/rename-a-worksheet-3f1f7148-ee83-404d-8ef0-9ff99fbad1f9)', async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("Plan");
    await expect(run(wb, (c) => void c.workbook.worksheets.add("history"))).rejects.toMatchObject({ code: "InvalidArgument" });
    await expect(run(wb, (c) => void (c.workbook.worksheets.getItem("Plan").name = "History"))).rejects.toMatchObject({ code: "InvalidArgument" });
  });

  it("an API above the host's requirement set fails at sync, as in Microsoft's library, whose client-side check is off", async () => {
    // excel-web-16.00.js's throwIfApiNotSupported reads CommonUtility._doApiNotSupportedCheck, which stays false
    // (the file sets Utility._doApiNotSupportedCheck, a subclass's own property), so even where
    // Office.context.requirements says no, Range.copyFrom (1.9) is queued and Excel refuses it at sync.
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("S");
    let queued = false;
    const copy = run(wb, (c) => {
      const sheet = c.workbook.worksheets.getItem("S");
      sheet.getRange("B1").copyFrom(sheet.getRange("A1"), "All");
      queued = true;
    }, "1.7");
    await expect(copy).rejects.toMatchObject({ code: "ApiNotFound" });
    expect(queued).toBe(true);
  });
});
