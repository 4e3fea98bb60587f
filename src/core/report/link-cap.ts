import type { OutputSheet } from "./model";

/**
 * Excel allows 65,530 hyperlinks per worksheet ("Hyperlinks in a worksheet":
 * https://support.microsoft.com/office/excel-specifications-and-limits-1672b34d-7043-467e-8e27-269d656771c3).
 * Cells past the cap keep their text (the cell address) without a link, so every host writes the same sheet.
 */
export const EXCEL_HYPERLINKS_PER_SHEET = 65_530;

export function capHyperlinks(sheet: OutputSheet, cap = EXCEL_HYPERLINKS_PER_SHEET): OutputSheet {
  // Counted first: a sheet under the cap (most) is returned as it is, not copied cell by cell.
  let count = 0;
  for (const row of sheet.rows) for (const cell of row) if (cell?.link) count++;
  if (count <= cap) return sheet;
  let links = 0;
  let over = false;
  const rows = sheet.rows.map((row) =>
    row.map((cell) => {
      if (!cell.link) return cell;
      if (links < cap) {
        links++;
        return cell;
      }
      over = true;
      const { link: _dropped, ...rest } = cell;
      return rest;
    }),
  );
  return over ? { ...sheet, rows } : sheet;
}
