/** What one click writes into one cell: a value, or a formula put back. */
export type CellWrite = { kind: "value"; value: string | number } | { kind: "formula"; formula: string };

export interface FixChoice {
  /** Shown on the button: the new value or "=SUM(F9:I9)". */
  label: string;
  write: CellWrite;
}

/** A fix offered for one finding's cell; nothing is written until the user clicks one of its choices. */
export interface CellFix {
  workbook: string;
  sheet: string;
  cell: string;
  rule: string;
  field: string;
  /** The cell's value as the finding saw it, for "old -> new". */
  old: string;
  /** One choice for an obvious fix; several when the user must pick (a RAG). */
  choices: FixChoice[];
}

export const fixKey = (f: { workbook: string; sheet: string; cell: string }) => `${f.workbook}\u0000${f.sheet}\u0000${f.cell}`;
