import ExcelJS from "exceljs";
import { readExcelValue } from "../../src/host/fake-excel/model/cell-values";
import { evaluateSum } from "../../src/host/fake-excel/model/sum-formula";

describe("the fake Excel host calculates the add-in's totals", () => {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("QIPP Rollup");
  ws.getCell("B1").value = 1.5;
  ws.getCell("B2").value = "text";
  ws.getCell("B3").value = true;
  ws.getCell("B4").value = 2.25;
  ws.getCell("C1").value = { formula: "SUM(B1:B4)" } as ExcelJS.CellFormulaValue;
  ws.getCell("C2").value = { formula: "SUM(C1,SUM(B4),B1)" } as ExcelJS.CellFormulaValue;
  ws.getCell("C3").value = { formula: "AVERAGE(B1:B4)" } as ExcelJS.CellFormulaValue;

  it("sums numbers over ranges and single cells, ignoring text and logical values, as Excel's SUM does", () => {
    expect(readExcelValue(ws.getCell("C1"))).toBe(3.75);
    expect(readExcelValue(ws.getCell("C2"))).toBe(7.5);
  });

  it("leaves any other formula uncalculated", () => {
    expect(evaluateSum("AVERAGE(B1:B4)", ws, () => 0)).toBeUndefined();
    expect(readExcelValue(ws.getCell("C3"))).toBe("");
  });
});
