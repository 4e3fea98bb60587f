import type ExcelJS from "exceljs";
import { plainValue } from "../exceljs-cells";
import { EmulatorError } from "./errors";

const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);
const DAY_MS = 86_400_000;

/** A cell's value as Range.values returns it: "" for empty, dates as serial numbers, errors as text. */
export function readExcelValue(cell: ExcelJS.Cell): string | number | boolean {
  const v = plainValue(cell);
  if (v === null) return "";
  if (v instanceof Date) return (v.getTime() - EXCEL_EPOCH_MS) / DAY_MS;
  return v;
}

export function readNumberFormat(cell: ExcelJS.Cell): string {
  if (cell.numFmt) return cell.numFmt;
  return cell.value instanceof Date ? "yyyy-mm-dd" : "General";
}

const NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i;

/**
 * Writes a value as Excel does when Range.values is set: null leaves the cell alone, "" clears it,
 * and unless the cell is formatted as text ("@") a string is parsed: "=..." (or "+", "-", "@") becomes
 * a formula, "12" a number, "TRUE" a boolean.
 */
export function writeExcelValue(cell: ExcelJS.Cell, value: unknown): void {
  if (value === null || value === undefined) return;
  if (typeof value === "number" || typeof value === "boolean") {
    cell.value = value;
    return;
  }
  if (typeof value !== "string") throw new EmulatorError("InvalidArgument", `A cell value must be a string, number or boolean, not ${typeof value}.`);
  if (value === "") cell.value = null;
  else if (cell.numFmt === "@") cell.value = value;
  else if (NUMBER.test(value.trim())) cell.value = Number(value.trim());
  else if (/^(true|false)$/i.test(value)) cell.value = value.toLowerCase() === "true";
  else if (/^[=+\-@]/.test(value)) cell.value = { formula: value.replace(/^=/, ""), result: undefined } as unknown as ExcelJS.CellValue;
  else cell.value = value;
}
