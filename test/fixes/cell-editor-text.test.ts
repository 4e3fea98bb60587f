import ExcelJS from "exceljs";
import { createNodeFakeExcel } from "../../src/host/fake-excel/node";
import { officeCellEditor } from "../../src/host/office/cell-editor";

// A General cell turns "2012-01-31" into a date and "00123" into 123, as typed entries are
// (https://learn.microsoft.com/javascript/api/excel/excel.range#excel-excel-range-values-member); a cell formatted
// as text ("@") keeps them. Fix and Undo set the format before the value.
describe("Fix and Undo keep text as text on Excel", () => {
  it("the fake host turns ISO-date text into a date in a General cell, and keeps it in an @ cell", async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("Plan");
    ws.getCell("B1").numFmt = "@";
    const em = createNodeFakeExcel(wb);
    await em.run(async (context) => {
      context.workbook.worksheets.getItem("Plan").getRange("A1:B1").values = [["2012-01-31", "2012-01-31"]];
      await context.sync();
    });
    expect(ws.getCell("A1").value).toEqual(new Date(Date.UTC(2012, 0, 31)));
    expect(ws.getCell("B1").value).toBe("2012-01-31");
  });

  it("a fix that writes date-like text keeps it as text, and Undo puts the number and its format back", async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("Plan");
    ws.getCell("C5").value = 5;
    ws.getCell("C5").numFmt = "#,##0";
    const editor = officeCellEditor(createNodeFakeExcel(wb).run);
    const original = await editor.read("Plan", "C5");
    expect(original).toEqual({ kind: "value", value: 5 });
    await editor.write("Plan", "C5", { kind: "value", value: "2012-01-31" });
    expect(ws.getCell("C5").value).toBe("2012-01-31");
    await editor.write("Plan", "C5", { kind: "value", value: "00123" });
    expect(ws.getCell("C5").value).toBe("00123");
    await editor.write("Plan", "C5", original);
    expect(ws.getCell("C5").value).toBe(5);
    expect(ws.getCell("C5").numFmt).toBe("#,##0");
  });
});
