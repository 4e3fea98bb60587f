import { a1, type CellValue } from "../../core/grid";
import { isPayloadError } from "./requirements";

/** A guess generous enough for an output sheet's values (long reasons, JSON quoting), so a chunk seldom overflows. */
const BYTES_PER_CELL = 96;

/**
 * An earlier output sheet's values from A1, as readUserValues takes them, read in row chunks so no
 * response passes the payload limit (Excel on the web refuses one over 5 MB: a report card or
 * exceptions list of tens of thousands of rows is more). A chunk that is refused anyway is halved.
 */
export async function usedValuesFromA1(context: Excel.RequestContext, sheet: Excel.Worksheet, used: Excel.Range, limitBytes: number): Promise<CellValue[][]> {
  const rows: CellValue[][] = Array.from({ length: used.rowIndex }, () => []);
  const pad = new Array<CellValue>(used.columnIndex).fill(null);
  let per = Math.max(1, Math.floor(limitBytes / (Math.max(1, used.columnCount) * BYTES_PER_CELL)));
  for (let from = 0; from < used.rowCount; ) {
    const n = Math.min(per, used.rowCount - from);
    const top = used.rowIndex + from;
    const range = sheet.getRange(`${a1(top, used.columnIndex)}:${a1(top + n - 1, used.columnIndex + used.columnCount - 1)}`).load("values");
    try {
      await context.sync();
    } catch (error) {
      if (n === 1 || !isPayloadError((error as { code?: string }).code, true)) throw error;
      per = Math.ceil(n / 2);
      continue;
    }
    for (const row of range.values) rows.push([...pad, ...(row as CellValue[])]);
    from += n;
  }
  return rows;
}
