import type { SheetGrid } from "../core/grid";
import type { OutputSheet } from "../core/report/model";

/**
 * The port between the engine and a workbook. Office.js (inside Excel), ExcelJS (CLI, preview
 * import/export) and the Office.js host (on the fake Excel host in tests) all implement it, and pass the same contract tests.
 */
export interface WorkbookPort {
  /** Shown as the source of the figures on output sheets. */
  readonly name: string;
  listSheets(): Promise<string[]>;
  /** Reads every named sheet (all sheets when omitted) as grids of values, in one batch. */
  readSheets(names?: string[]): Promise<SheetGrid[]>;
  /**
   * Writes output sheets, each replacing the add-in's earlier sheet of that name atomically:
   * the new sheet is written in full before the old one goes. A sheet of that name that the
   * add-in did not write (no OUTPUT_MARKER in A2) is never touched: the result says so.
   */
  writeSheets(sheets: OutputSheet[]): Promise<WriteResult>;
  /** Selects (activates) a cell, e.g. when a user clicks a finding. */
  selectCell(sheet: string, cell: string): Promise<void>;
}

export interface WriteResult {
  written: string[];
  /** Sheets not written because a user's own sheet has the name, with the name used instead. */
  renamed: { wanted: string; used: string }[];
}
