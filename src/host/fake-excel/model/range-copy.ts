import type ExcelJS from "exceljs";
import { HostError } from "./errors";
import { parseRangeAddress } from "./address";
import type { RangeTarget } from "./target";
import type { HostObject } from "../types/registry";

/** The source of Range.copyFrom: a Range, or an address ("'Sheet'!A1:C5", or "A1:C5" on the destination's sheet). */
export function copySource(workbook: ExcelJS.Workbook, destination: RangeTarget, source: unknown): RangeTarget {
  if (source && typeof source === "object" && (source as HostObject).type === "Range") {
    const target = (source as HostObject).value as RangeTarget | null;
    if (target && workbook.worksheets.includes(target.sheet)) return target;
  }
  if (typeof source === "string") {
    const bang = source.lastIndexOf("!");
    const sheet = bang < 0 ? destination.sheet : workbook.getWorksheet(source.slice(0, bang).replace(/^'|'$/g, "").replace(/''/g, "'"));
    if (sheet) return { sheet, bounds: parseRangeAddress(source) };
  }
  throw new HostError("InvalidArgument", "The source range of copyFrom is not valid.");
}

/**
 * Range.copyFrom(source, "All") with a destination the source's size: as Copy and Paste in Excel's UI
 * (learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-ranges-cut-copy-paste), every cell takes the
 * source cell's value or formula, hyperlink and format (number format, font, fill, alignment, indent);
 * a blank source cell blanks the destination cell. Column widths are not carried (Excel.RangeCopyType is
 * All, Formulas, Values or Formats: https://learn.microsoft.com/javascript/api/excel/excel.rangecopytype; the
 * add-in sets widths itself) and a table is not: the fake host copies cells only.
 * Formulas are copied as text: the add-in copies between the same addresses, where no reference shifts.
 */
export function copyAll(source: RangeTarget, destination: RangeTarget, copyType: unknown): void {
  if (copyType !== undefined && copyType !== null && copyType !== "All") throw new HostError("InvalidArgument", `The fake host models copyFrom with "All" only, not "${String(copyType)}".`);
  const s = source.bounds;
  const d = destination.bounds;
  if (s.bottom - s.top !== d.bottom - d.top || s.right - s.left !== d.right - d.left) {
    throw new HostError("InvalidArgument", "The fake host models copyFrom between ranges of the same size only.");
  }
  // Read every source cell before writing: the ranges may overlap on one sheet.
  const cells: { value: ExcelJS.CellValue; style: Partial<ExcelJS.Style> }[][] = [];
  for (let r = s.top; r <= s.bottom; r++) {
    const row: { value: ExcelJS.CellValue; style: Partial<ExcelJS.Style> }[] = [];
    for (let c = s.left; c <= s.right; c++) {
      const cell = source.sheet.getCell(r + 1, c + 1);
      row.push({ value: structuredClone(cell.value), style: structuredClone(cell.style ?? {}) });
    }
    cells.push(row);
  }
  cells.forEach((row, r) =>
    row.forEach(({ value, style }, c) => {
      const cell = destination.sheet.getCell(d.top + r + 1, d.left + c + 1);
      cell.value = value;
      cell.style = style;
    }),
  );
}
