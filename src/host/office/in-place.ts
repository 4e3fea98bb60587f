import { columnLetters } from "../../core/grid";
import type { OutputSheet } from "../../core/report/model";
import { charsToPoints } from "../exceljs/style";
import type { ExcelBatchRun } from "./read";
import { modelWidth } from "../output-plan";
import { queuePageLayout } from "./page-layout";

/**
 * Replacing an output sheet's content in place keeps the sheet itself, so a user's formula that points
 * into it (='QIPP Submission'!F20) stays valid; deleting the sheet would turn it into #REF!
 * (support.microsoft.com: "How to correct a #REF! error"). Needs Range.copyFrom, ExcelApi 1.9
 * (learn.microsoft.com/javascript/api/excel/excel.range#excel-excel-range-copyfrom-member(1)).
 */
export const IN_PLACE_EXCEL_API = "1.9";

export interface InPlaceStep {
  model: OutputSheet;
  /** The add-in's sheet that keeps its identity. */
  name: string;
  /** The complete new content, built without a table. */
  tempName: string;
  /** A1:<far corner> over both the old used area and the new content. */
  cover: string;
}

/** A1 to the farther of the old used area's corner and the model's. */
export function coverAddress(model: OutputSheet, oldUsed: { rowIndex: number; rowCount: number; columnIndex: number; columnCount: number } | null): string {
  const rows = Math.max(1, model.rows.length, oldUsed ? oldUsed.rowIndex + oldUsed.rowCount : 0);
  const columns = Math.max(1, modelWidth(model), oldUsed ? oldUsed.columnIndex + oldUsed.columnCount : 0);
  return `A1:${columnLetters(columns - 1)}${rows}`;
}

/**
 * Queues the replacement: the sheet's own tables go, then ONE action, Range.copyFrom(temp, "All"), which
 * replicates Copy and Paste of the UI (learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-ranges-cut-copy-paste):
 * values, formulas, number formats, fills, fonts, hyperlinks; blanks over the cells the new content no
 * longer reaches. Then what it does not carry (column widths, which no RangeCopyType copies:
 * https://learn.microsoft.com/javascript/api/excel/excel.rangecopytype; freeze panes; the table), all
 * idempotent, and last the temporary sheet goes.
 */
export function queueInPlace(worksheets: Excel.WorksheetCollection, step: InPlaceStep, oldTables: Excel.Table[]): void {
  const sheet = worksheets.getItem(step.name);
  const temp = worksheets.getItem(step.tempName);
  for (const table of oldTables) table.delete();
  sheet.getRange(step.cover).copyFrom(temp.getRange(step.cover), "All");
  for (const [c, chars] of step.model.columnWidths.entries()) sheet.getRange(`${columnLetters(c)}:${columnLetters(c)}`).format.columnWidth = charsToPoints(chars);
  if (step.model.freezeRows > 0) sheet.freezePanes.freezeRows(step.model.freezeRows);
  else sheet.freezePanes.unfreeze();
  // copyFrom does not carry page setup; in place means ExcelApi 1.9, which page layout needs too.
  queuePageLayout(sheet, step.model, () => true);
  const table = step.model.table;
  if (table && step.model.rows.length > table.headerRow) {
    const right = columnLetters(Math.max(0, Math.min(table.columnCount, modelWidth(step.model)) - 1));
    sheet.tables.add(`A${table.headerRow + 1}:${right}${step.model.rows.length}`, true).name = table.name;
  }
  temp.delete();
}

/**
 * A statement of the replacement failed (Excel keeps those before it). While the temporary sheet exists
 * the replacement is run again from the start, which is idempotent; once it is gone, it had finished.
 */
export async function finishInPlace(run: ExcelBatchRun, steps: InPlaceStep[]): Promise<void> {
  if (!steps.length) return;
  await run(async (context) => {
    const worksheets = context.workbook.worksheets;
    const probes = steps.map((step) => ({
      step,
      temp: worksheets.getItemOrNullObject(step.tempName).load("name"),
      tables: worksheets.getItem(step.name).tables.load("items/name"),
    }));
    await context.sync();
    for (const { step, temp, tables } of probes) if (!temp.isNullObject) queueInPlace(worksheets, step, tables.items);
    await context.sync();
  });
}
