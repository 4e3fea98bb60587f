import type ExcelJS from "exceljs";
import { plainValue, type Bounds } from "../../exceljs/cells";

/** Bounds of the cells inside `within` that hold a value (Range.getUsedRange(true)), or null when none do. */
export function usedBoundsWithin(sheet: ExcelJS.Worksheet, within: Bounds): Bounds | null {
  let found: Bounds | null = null;
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const r = rowNumber - 1;
    if (r < within.top || r > within.bottom) return;
    row.eachCell({ includeEmpty: false }, (cell, colNumber) => {
      const c = colNumber - 1;
      if (c < within.left || c > within.right || plainValue(cell) === null) return;
      if (!found) found = { top: r, left: c, bottom: r, right: c };
      else found = { top: Math.min(found.top, r), left: Math.min(found.left, c), bottom: Math.max(found.bottom, r), right: Math.max(found.right, c) };
    });
  });
  return found;
}

/** A cell Excel counts as used when formats count: a value, or a number format, font, fill or border of its own. */
function formatted(cell: ExcelJS.Cell): boolean {
  if (plainValue(cell) !== null) return true;
  const style = cell.style ?? {};
  return Boolean((style.numFmt && style.numFmt !== "General") || style.fill || style.border || (style.font && Object.keys(style.font).length));
}

/**
 * Worksheet.getUsedRange(valuesOnly): with valuesOnly false (the default) formatted cells count too
 * (https://learn.microsoft.com/javascript/api/excel/excel.worksheet#excel-excel-worksheet-getusedrange-member(1)).
 */
export function usedBoundsOf(sheet: ExcelJS.Worksheet, valuesOnly: boolean): Bounds | null {
  let found: Bounds | null = null;
  // ExcelJS's own row and cell lists, read as they are: eachRow/eachCell with includeEmpty would create cells.
  const rows = (sheet as unknown as { _rows: ({ _cells: (ExcelJS.Cell | undefined)[] } | undefined)[] })._rows;
  rows.forEach((row, r) => {
    row?._cells.forEach((cell, c) => {
      if (!cell || (valuesOnly ? plainValue(cell) === null : !formatted(cell))) return;
      if (!found) found = { top: r, left: c, bottom: r, right: c };
      else found = { top: Math.min(found.top, r), left: Math.min(found.left, c), bottom: Math.max(found.bottom, r), right: Math.max(found.right, c) };
    });
  });
  return found;
}
