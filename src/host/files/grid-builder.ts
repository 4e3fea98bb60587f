import type { CellValue, SheetGrid } from "../../core/grid";
import { tooLarge } from "./zip-read";
import { LIMITS } from "./limits";

const EMPTY_ROW: CellValue[] = [];
const DENSE_CELLS = 4_000_000;

/**
 * Collects a sheet's cells in any order and hands back the grid the core reads. Rows are ragged
 * (each as long as its last cell) and empty rows share one empty array, so a stray cell at
 * XFD1048576 costs a row pointer per row, not 17 billion cells.
 */
export class GridBuilder {
  private readonly rows: CellValue[][] = [];
  private top = Infinity;
  private left = Infinity;
  private bottom = -1;
  private right = -1;
  constructor(
    private readonly name: string,
    private readonly budget: { cells: number },
  ) {}

  set(row: number, col: number, value: CellValue): void {
    if (value === null || value === "" || row < 0 || col < 0 || row >= LIMITS.rows || col >= LIMITS.columns) return;
    if (--this.budget.cells < 0) throw tooLarge(`more than ${LIMITS.cells.toLocaleString("en-GB")} cells hold values`);
    (this.rows[row] ??= [])[col] = value;
    if (row < this.top) this.top = row;
    if (row > this.bottom) this.bottom = row;
    if (col < this.left) this.left = col;
    if (col > this.right) this.right = col;
  }

  build(): SheetGrid {
    if (this.bottom < 0) return { name: this.name, values: [], top: 0, left: 0 };
    const height = this.bottom - this.top + 1;
    const width = this.right - this.left + 1;
    // Rectangular like every other host when that is affordable; ragged only for hostile shapes.
    const dense = width * height <= DENSE_CELLS;
    const values: CellValue[][] = new Array(height);
    for (let r = this.top; r <= this.bottom; r++) {
      const src = this.rows[r];
      if (!src && !dense) {
        values[r - this.top] = EMPTY_ROW;
        continue;
      }
      const out = new Array<CellValue>(dense ? width : (src?.length ?? 0) - this.left).fill(null);
      if (!src) {
        values[r - this.top] = out;
        continue;
      }
      for (let c = this.left; c < src.length; c++) out[c - this.left] = src[c] ?? null;
      values[r - this.top] = out;
    }
    return { name: this.name, values, top: this.top, left: this.left };
  }
}

const DAY_MS = 86_400_000;
const EPOCH_1900 = Date.UTC(1899, 11, 30);
const EPOCH_1904 = Date.UTC(1904, 0, 1);

/** A date serial as yyyy-mm-dd, the way hosts hand dates to the core (Excel's 1900 leap-year bug kept). */
export function serialToIso(serial: number, date1904: boolean): string | number {
  if (!Number.isFinite(serial) || serial < 0 || serial > 2_958_465) return serial;
  const days = date1904 ? serial : serial < 61 ? serial + 1 : serial;
  const ms = (date1904 ? EPOCH_1904 : EPOCH_1900) + Math.round(days * DAY_MS);
  return new Date(ms).toISOString().slice(0, 10);
}
