import type { OutputCell, OutputSheet } from "./model";

/**
 * Excel allows 65,530 hyperlinks per worksheet ("Hyperlinks in a worksheet":
 * https://support.microsoft.com/office/excel-specifications-and-limits-1672b34d-7043-467e-8e27-269d656771c3).
 * Cells past the cap keep their text (the cell address) without a link, so every host writes the same sheet.
 */
export const EXCEL_HYPERLINKS_PER_SHEET = 65_530;

export function capHyperlinks(sheet: OutputSheet, cap = EXCEL_HYPERLINKS_PER_SHEET): OutputSheet {
  let links = 0;
  let over = false;
  // Only a row with a link past the cap is copied, and in it only those cells: a 50,000-row sheet stays mostly shared.
  const rows = sheet.rows.map((row) => {
    let copy: OutputCell[] | undefined;
    row.forEach((cell, c) => {
      if (!cell?.link) return;
      if (links < cap) {
        links++;
        return;
      }
      const { link: _dropped, ...rest } = cell;
      (copy ??= row.slice())[c] = rest;
    });
    if (copy) over = true;
    return copy ?? row;
  });
  return over ? { ...sheet, rows } : sheet;
}
