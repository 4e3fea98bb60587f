import type { BadCell } from "./plan-layout";
import { sumFormula } from "./plan-columns";
import { labelIndex, type SheetContext } from "./plan-sheet";
import type { SheetCell } from "./sheet-cells";

export interface TotalSources {
  /** Scheme rows the total covers (a SUM over their range) ... */
  schemes?: number[];
  /** ... or the sub-total rows it adds up. */
  subtotals?: number[];
  /** Counted pence per covered scheme and year. */
  counted: (number | null)[][];
  /** Every covered year cell is a plain number (else the total is typed, as a SUM would not match). */
  plain: boolean;
  /** Overstate the second year by £100k, as if someone typed over the formula. */
  wrong?: boolean;
}

/** A Total / Sub-total row: SUM formulas with cached results where a SUM gives what a reader counts. */
export function totalRowCells(ctx: SheetContext, label: string, row: number, src: TotalSources): { cells: SheetCell[]; bad: BadCell[] } {
  const { where, perUnit } = ctx;
  const bad: BadCell[] = [];
  const wrongYear = where.yearIndexes.length > 1 ? 1 : 0;
  const yearPence = where.yearIndexes.map((_, y) => src.counted.reduce((t, c) => t + (c[y] ?? 0), 0));
  const yearCells = where.yearIndexes.map((col, y): SheetCell => {
    const letter = where.letter(col);
    if (src.wrong && y === wrongYear) {
      yearPence[y] += 10_000_000;
      bad.push({ cell: `${letter}${row}`, rule: "declared-total-mismatch" });
      return yearPence[y] / perUnit;
    }
    const result = yearPence[y] / perUnit;
    if (src.subtotals) return { formula: `SUM(${src.subtotals.map((r) => `${letter}${r}`).join(",")})`, result };
    const rows = src.schemes ?? [];
    if (!src.plain || rows.length === 0) return result;
    return { formula: `SUM(${letter}${Math.min(...rows)}:${letter}${Math.max(...rows)})`, result };
  });
  const totalIndex = where.fieldIndex("total");
  if (src.wrong && totalIndex >= 0) bad.push({ cell: `${where.letter(totalIndex)}${row}`, rule: "declared-total-mismatch" });
  const rowPence = yearPence.reduce((a, b) => a + b, 0);
  const cells = ctx.columns.map((c, i): SheetCell => {
    if (i === labelIndex(ctx)) return label;
    if (c.kind === "year") return yearCells[c.year];
    if (c.kind === "field" && c.field === "total") {
      return { formula: sumFormula(where.yearIndexes.map((x) => where.letter(x)), row), result: rowPence / perUnit };
    }
    return null;
  });
  return { cells, bad };
}
