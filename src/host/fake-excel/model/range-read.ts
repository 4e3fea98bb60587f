import type ExcelJS from "exceljs";
import { readExcelValue } from "./cell-values";
import type { RangeTarget } from "./target";

/** A per-cell property of a range as a grid, read without creating the cells ExcelJS never stored. */
export function readGrid({ sheet, bounds }: RangeTarget, read: (cell: ExcelJS.Cell) => unknown): unknown[][] {
  const rows: unknown[][] = [];
  for (let r = bounds.top; r <= bounds.bottom; r++) {
    const row = sheet.findRow(r + 1);
    const values: unknown[] = [];
    for (let c = bounds.left; c <= bounds.right; c++) values.push(read(row?.findCell(c + 1) ?? EMPTY_CELL));
    rows.push(values);
  }
  return rows;
}

/** Stands in for a cell ExcelJS never stored, so reading does not create it. */
const EMPTY_CELL = { type: 0, value: null, numFmt: undefined } as unknown as ExcelJS.Cell;

export function readHyperlink(cell: ExcelJS.Cell): Excel.RangeHyperlink {
  const value = cell.value as { hyperlink?: string; text?: unknown } | null;
  if (!value || typeof value !== "object" || typeof value.hyperlink !== "string") return {};
  const internal = /^[^!]+![A-Z]+\d+$/i.test(value.hyperlink);
  return internal ? { documentReference: value.hyperlink, textToDisplay: String(readExcelValue(cell)) } : { address: value.hyperlink, textToDisplay: String(readExcelValue(cell)) };
}
