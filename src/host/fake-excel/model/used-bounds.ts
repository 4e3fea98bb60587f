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
