import type { CellValue } from "../../src/core/grid";

/** A cell a fixture writes: a plain value, a formula with its cached result, or an Excel error. */
export interface FormulaCell {
  formula: string;
  result: number;
}
export interface ErrorCell {
  error: string;
}
export type SheetCell = CellValue | FormulaCell | ErrorCell;

export function isFormula(cell: SheetCell): cell is FormulaCell {
  return typeof cell === "object" && cell !== null && "formula" in cell;
}

export function isError(cell: SheetCell): cell is ErrorCell {
  return typeof cell === "object" && cell !== null && "error" in cell;
}

/** The grid a host would hand the core: formulas as cached results, errors as their text, rectangular. */
export function toGridValues(rows: SheetCell[][]): CellValue[][] {
  const width = Math.max(0, ...rows.map((r) => r.length));
  return rows.map((r) =>
    Array.from({ length: width }, (_, c) => {
      const cell = r[c] ?? null;
      if (isFormula(cell)) return cell.result;
      if (isError(cell)) return cell.error;
      return cell;
    }),
  );
}
