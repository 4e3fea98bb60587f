import ExcelJS from "exceljs";
import { MAX_ROWS, snapshotSheet } from "../../src/preview/sheet-snapshot";

describe("sheet snapshot for the preview grid", () => {
  it("keeps values as displayed, solid fills, bold and formula results", () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet("Plan");
    sheet.getCell("A1").value = "Scheme";
    sheet.getCell("A1").font = { bold: true };
    sheet.getCell("B2").value = 1234.5;
    sheet.getCell("B2").numFmt = "#,##0";
    sheet.getCell("C2").value = { formula: "B2*2", result: 2469 };
    sheet.getCell("D2").value = "Red";
    sheet.getCell("D2").fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFC00000" } };
    sheet.getCell("E2").value = { error: "#REF!" } as ExcelJS.CellErrorValue;
    sheet.getCell("A3").value = "Merged title";
    sheet.mergeCells("A3:C3");
    const snap = snapshotSheet(sheet);
    expect(snap.columnCount).toBe(5);
    expect(snap.rows[2].slice(0, 3).map((c) => c.text)).toEqual(["Merged title", "", ""]);
    expect(snap.rows[0][0]).toMatchObject({ text: "Scheme", bold: true });
    expect(snap.rows[1][1]).toMatchObject({ text: "1,235", numeric: true });
    expect(snap.rows[1][2]).toMatchObject({ text: "2,469", numeric: true });
    expect(snap.rows[1][3]).toMatchObject({ text: "Red", fill: "#C00000" });
    expect(snap.rows[1][4].text).toBe("#REF!");
  });

  it("draws only the first rows of a large sheet and says how many there are", () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet("Big");
    for (let r = 1; r <= MAX_ROWS + 250; r++) sheet.getCell(r, 1).value = r;
    const snap = snapshotSheet(sheet);
    expect(snap.rows).toHaveLength(MAX_ROWS);
    expect(snap.totalRows).toBe(MAX_ROWS + 250);
    expect(snap.rows[MAX_ROWS - 1][0].text).toBe(String(MAX_ROWS));
  });
});
