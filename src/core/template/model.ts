import type { OutputCell } from "../report/model";

/**
 * A plan template as host-neutral sheets: the CLI renders it with ExcelJS into a new file, the pane
 * with Office.js into the open workbook. Ranges are A1 ranges on their own sheet ("C7:C56").
 */
export type TemplateCell = OutputCell & {
  /** An Excel formula without the leading "=" is never guessed from text: only this field is a formula. */
  formula?: string;
};

interface ValidationBase {
  range: string;
  /** Shown when a refused value is typed. */
  error: string;
  prompt: string;
}

export type TemplateValidation =
  | (ValidationBase & { type: "list"; /** A formula naming the list's cells: ='QIPP Lists'!$A$2:$A$12. */ source: string })
  | (ValidationBase & { type: "decimal"; min: number; max: number });

/** Cells whose text contains `text` are filled: RAG colours by conditional formatting. */
export interface TemplateHighlight {
  range: string;
  text: string;
  fill: string;
  fontColor: string;
}

export interface TemplateSheet {
  name: string;
  rows: TemplateCell[][];
  columnWidths: number[];
  freezeRows: number;
  validations: TemplateValidation[];
  highlights: TemplateHighlight[];
}

export interface PlanTemplate {
  /** The sheet the user fills in. */
  plan: TemplateSheet;
  /** QIPP Lists: the drop-down values (Excel's inline list is limited to 255 characters). */
  lists: TemplateSheet;
  /** QIPP Rules: the pack itself, when the template carries it. */
  rules?: TemplateSheet;
}

export const LISTS_SHEET = "QIPP Lists";
