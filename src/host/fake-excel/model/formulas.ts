import type ExcelJS from "exceljs";
import { readExcelValue, writeExcelValue } from "./cell-values";

/**
 * Range.formulas as Excel returns it: "=SUM(A1:B1)" for a formula cell, else the cell's value
 * (https://learn.microsoft.com/javascript/api/excel/excel.range#excel-excel-range-formulas-member).
 */
export function readFormula(cell: ExcelJS.Cell, workbook?: ExcelJS.Workbook): string | number | boolean {
  const value = cell.value as { formula?: string } | null;
  if (value && typeof value === "object" && typeof value.formula === "string") return `=${value.formula}`;
  return readExcelValue(cell, workbook);
}

/** Setting Range.formulas: "=..." is a formula (its result is Excel's to compute: none cached here), anything else a value. */
export function writeFormula(cell: ExcelJS.Cell, input: unknown): void {
  if (typeof input === "string" && input.startsWith("=")) cell.value = { formula: input.slice(1) } as ExcelJS.CellFormulaValue;
  else writeExcelValue(cell, input);
}
