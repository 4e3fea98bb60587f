import type ExcelJS from "exceljs";
import { plainValue } from "../../exceljs/cells";
import { HostError } from "./errors";
import { excelNumber } from "./excel-number";
import { evaluateSum } from "./sum-formula";

const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);
const DAY_MS = 86_400_000;
/** ='Sheet name'!F20 or =Sheet1!F20: the one kind of formula the fake host calculates. */
const DIRECT_REFERENCE = /^(?:'((?:[^']|'')+)'|([A-Za-z0-9_.]+))!\$?([A-Z]{1,3})\$?(\d+)$/i;

/**
 * A cell's value as Range.values returns it: "" for empty, dates as serial numbers, errors as text.
 * A formula that is a direct reference to another sheet's cell is calculated when `workbook` is given;
 * a SUM over the cell's own sheet always (the add-in's totals).
 */
export function readExcelValue(cell: ExcelJS.Cell, workbook?: ExcelJS.Workbook): string | number | boolean {
  const formula = (cell.value as { formula?: unknown } | null)?.formula;
  if (typeof formula === "string") {
    const sum = evaluateSum(formula, cell.worksheet, (c) => readExcelValue(c, workbook));
    if (sum !== undefined) return sum;
  }
  if (workbook && typeof formula === "string") {
    const ref = DIRECT_REFERENCE.exec(formula.replace(/^=/, ""));
    if (ref) {
      const sheet = workbook.getWorksheet((ref[1] ?? ref[2]).replace(/''/g, "'"));
      if (!sheet) return "#REF!";
      return readExcelValue(sheet.getCell(`${ref[3]}${ref[4]}`));
    }
  }
  const v = plainValue(cell);
  if (v === null) return "";
  if (v instanceof Date) return (v.getTime() - EXCEL_EPOCH_MS) / DAY_MS;
  return v;
}

/** A cell as Range.formulas returns it: "=" and the formula text, else the value as Range.values gives it. */
export function readNumberFormat(cell: ExcelJS.Cell): string {
  if (cell.numFmt) return cell.numFmt;
  return cell.value instanceof Date ? "yyyy-mm-dd" : "General";
}

const NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i;
/** "2012-01-31" or "2012-01-31 09:30" / "2012-01-31T09:30:00": Excel reads these as dates in any locale. */
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2}))?)?$/;

function isoDate(text: string): Date | null {
  const m = ISO_DATE.exec(text.trim());
  if (!m) return null;
  const [y, mo, d, h = "0", mi = "0", se = "0"] = m.slice(1);
  const date = new Date(Date.UTC(+y, +mo - 1, +d, +h, +mi, +se));
  return date.getUTCMonth() === +mo - 1 && date.getUTCDate() === +d ? date : null;
}

/**
 * Writes a value as Excel does when Range.values is set: null leaves the cell alone, "" clears it,
 * and unless the cell is formatted as text ("@") a string is parsed: "=..." (or "+", "-", "@") becomes
 * a formula, "12" a number, "TRUE" a boolean, "2012-01-31" a date, as typed entries are
 * (https://learn.microsoft.com/javascript/api/excel/excel.range#excel-excel-range-values-member). A writer that
 * means text sets numberFormat "@" first, in an earlier statement of the same request.
 */
export function writeExcelValue(cell: ExcelJS.Cell, value: unknown): void {
  if (value === null || value === undefined) return;
  if (typeof value === "number" || typeof value === "boolean") {
    cell.value = typeof value === "number" ? excelNumber(value) : value;
    return;
  }
  if (typeof value !== "string") throw new HostError("InvalidArgument", `A cell value must be a string, number or boolean, not ${typeof value}.`);
  if (value === "") cell.value = null;
  else if (cell.numFmt === "@") cell.value = value;
  else if (NUMBER.test(value.trim())) cell.value = excelNumber(Number(value.trim()));
  else if (/^(true|false)$/i.test(value)) cell.value = value.toLowerCase() === "true";
  else if (isoDate(value)) {
    cell.value = isoDate(value);
    if (!cell.numFmt || cell.numFmt === "General") cell.numFmt = "yyyy-mm-dd";
  }
  else if (/^[=+\-@]/.test(value)) cell.value = { formula: value.replace(/^=/, ""), result: undefined } as unknown as ExcelJS.CellValue;
  else cell.value = value;
}
