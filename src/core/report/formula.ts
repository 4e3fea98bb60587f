import { columnLetters } from "../grid";
import type { OutputCell } from "./model";

/** Excel takes at most 255 arguments in one function call (https://support.microsoft.com/office/excel-specifications-and-limits-1672b34d-7043-467e-8e27-269d656771c3). */
const MAX_ARGUMENTS = 255;

/** 0-based model rows to references in one column, consecutive rows merged: [7,8,9,12] -> E8:E10, E13. */
export function columnReferences(column: number, rows: readonly number[]): string[] {
  const sorted = [...new Set(rows)].sort((a, b) => a - b);
  const letters = columnLetters(column);
  const refs: string[] = [];
  for (let i = 0; i < sorted.length; ) {
    let j = i;
    while (j + 1 < sorted.length && sorted[j + 1] === sorted[j] + 1) j += 1;
    refs.push(i === j ? `${letters}${sorted[i] + 1}` : `${letters}${sorted[i] + 1}:${letters}${sorted[j] + 1}`);
    i = j + 1;
  }
  return refs;
}

/** SUM over references, nested when there are more than Excel allows in one call. */
function sumFormula(refs: readonly string[]): string {
  if (refs.length <= MAX_ARGUMENTS) return `SUM(${refs.join(",")})`;
  const parts: string[] = [];
  for (let i = 0; i < refs.length; i += MAX_ARGUMENTS) parts.push(sumFormula(refs.slice(i, i + MAX_ARGUMENTS)));
  return sumFormula(parts);
}

/**
 * A total that traces: `=SUM(...)` over the rows it totals (0-based model rows, in this cell's column),
 * keeping the engine's figure as the cached value, so a viewer that never calculates shows the same number.
 * A total of nothing, or of no number, stays a plain value.
 */
export function sumOf(cached: OutputCell, column: number, rows: readonly number[]): OutputCell {
  if (typeof cached.value !== "number" || rows.length === 0) return cached;
  return { ...cached, formula: sumFormula(columnReferences(column, rows)) };
}

/** Each cell of a total row as a SUM over the same column of `rows`, for the columns in `columns`. */
export function sumRow(cells: OutputCell[], columns: Iterable<number>, rows: readonly number[]): OutputCell[] {
  const out = [...cells];
  for (const c of columns) if (out[c]) out[c] = sumOf(out[c], c, rows);
  return out;
}

/** Column indices from `from` to `to`, inclusive. */
export function columnSpan(from: number, to: number): number[] {
  return Array.from({ length: Math.max(0, to - from + 1) }, (_, i) => from + i);
}
