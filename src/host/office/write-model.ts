import { a1, columnLetters } from "../../core/grid";
import type { OutputSheet } from "../../core/report/model";
import { charsToPoints } from "../exceljs/style";
import { formulaRuns } from "./formula-runs";
import { blocksOf, fillKey, fontKey, indentKey, type FormatBlock } from "./format-runs";
import type { SupportsExcelApi } from "./requirements";
import { queuePageLayout } from "./page-layout";
import { effectiveNumberFormat, linkReference, modelWidth } from "../output-plan";

/**
 * Request bytes one call costs beyond its arguments: the object paths (range, format, fill) and
 * actions (instantiate, set, track) Microsoft's library sends with it; measured at 450-700 bytes.
 */
export const CALL_OVERHEAD_BYTES = 1024;

/** Microsoft's library splits a values or numberFormat array into slices of this many cells. */
const LIBRARY_SLICE_CELLS = 1500;

/** Bytes of a value as it travels in the request body (UTF-8 JSON); counted, not encoded, so measuring makes no garbage. */
export function wireBytes(payload: unknown): number {
  const json = JSON.stringify(payload);
  let bytes = json.length;
  for (let i = 0; i < json.length; i++) {
    const code = json.charCodeAt(i);
    // UTF-16 units to UTF-8 bytes: 1 below 0x80, 2 below 0x800, 3 for the rest; a surrogate pair (2 units) is 4.
    if (code >= 0x80) bytes += code < 0x800 || (code >= 0xd800 && code <= 0xdfff) ? 1 : 2;
  }
  return bytes;
}

/** Syncs before the queued requests would pass the payload limit. */
export class Budget {
  private used = 0;
  private pausedAt = Date.now();
  constructor(
    private readonly context: Excel.RequestContext,
    private readonly limit: number,
    /** ExcelApi versions the host supports, for guarded calls. */
    readonly supports: SupportsExcelApi,
    /** Hands the thread back every 40 ms of queuing, so a large write never blocks the pane in one go. */
    private readonly pause?: () => Promise<void>,
  ) {}
  /** Hands the thread back when 40 ms have passed since it last did; queues nothing. */
  async breathe(): Promise<void> {
    if (this.pause && Date.now() - this.pausedAt >= 40) {
      await this.pause();
      this.pausedAt = Date.now();
    }
  }
  /** Before queuing a call with this payload; `bytes` when the caller measured it (with overheads) already. */
  async spend(payload: unknown, bytes = wireBytes(payload ?? null) + CALL_OVERHEAD_BYTES): Promise<void> {
    await this.breathe();
    if (this.used > 0 && this.used + bytes > this.limit) {
      await this.context.sync();
      this.context.application.suspendApiCalculationUntilNextSync();
      this.used = 0;
    }
    this.used += bytes;
  }
}

/** Queues one model onto a new sheet; string cells get the text format before their values. Without `withTable` the caller adds the table where the content ends up. */
export async function writeModel(sheet: Excel.Worksheet, model: OutputSheet, budget: Budget, limitBytes: number, withTable = true): Promise<Excel.Table | undefined> {
  // Write-only ranges are untracked: Excel.run would otherwise release each one in its closing request,
  // 60,000 of them for 30,000 findings: a 6.8 MB request that Excel on the web refuses.
  const at = (address: string) => sheet.getRange(address).untrack();
  const width = Math.max(1, modelWidth(model));
  const last = columnLetters(width - 1);
  let from = 0;
  while (from < model.rows.length) {
    const values: (string | number | boolean)[][] = [];
    const formats: string[][] = [];
    let bytes = 0;
    // A sixteenth of the limit a call: Microsoft's library copies each call's arrays in one go, so a call's size is a task's length.
    for (let r = from; r < model.rows.length && (values.length === 0 || bytes < limitBytes / 16); r++) {
      // Gathering many rows takes a while: pause between rows too, not only between calls.
      if (r % 256 === 255) await budget.breathe();
      const cells = Array.from({ length: width }, (_, c) => model.rows[r][c]);
      values.push(cells.map((cell) => cell?.value ?? ""));
      formats.push(cells.map(effectiveNumberFormat));
      // The library sends arrays over 1,500 cells in slices, each with its own object paths; a comma
      // parts each row from the next in both arrays.
      bytes += wireBytes(values[values.length - 1]) + wireBytes(formats[formats.length - 1]) + 2 + (2 * width * CALL_OVERHEAD_BYTES) / LIBRARY_SLICE_CELLS;
    }
    await budget.spend(null, bytes + CALL_OVERHEAD_BYTES);
    const range = at(`A${from + 1}:${last}${from + values.length}`);
    range.numberFormat = formats;
    range.values = values;
    from += values.length;
  }
  // Totals that trace: Range.formulas over the cells written above (their values were the cached figures);
  // Excel computes them (https://learn.microsoft.com/javascript/api/excel/excel.range#excel-excel-range-formulas-member).
  // Each pass below reads the whole model (30,000 rows and more): a pause before each keeps them apart.
  await budget.breathe();
  for (const run of formulaRuns(model)) {
    await budget.spend(run.formulas);
    at(`${a1(run.row, run.from)}:${a1(run.row, run.from + run.formulas.length - 1)}`).formulas = [run.formulas];
  }
  const area = (b: FormatBlock) => `${a1(b.row, b.from)}:${a1(b.toRow, b.to)}`;
  await budget.breathe();
  for (const run of blocksOf(model, fillKey)) {
    await budget.spend(run.cell.fill);
    at(area(run)).format.fill.color = `#${run.cell.fill}`;
  }
  await budget.breathe();
  for (const run of blocksOf(model, fontKey)) {
    // Spend first: a sync in between would leave an untracked range unusable.
    await budget.spend([run.cell.bold, run.cell.italic, run.cell.fontColor]);
    const font = at(area(run)).format.font;
    if (run.cell.bold !== undefined) font.bold = run.cell.bold;
    if (run.cell.italic !== undefined) font.italic = run.cell.italic;
    if (run.cell.fontColor) font.color = `#${run.cell.fontColor}`;
  }
  // Indenting needs ExcelApi 1.9 (above the manifest's 1.7): older hosts get the hierarchy without indents.
  await budget.breathe();
  for (const run of budget.supports("1.9") ? blocksOf(model, indentKey) : []) {
    await budget.spend(run.cell.indent);
    at(area(run)).format.indentLevel = run.cell.indent ?? 0;
  }
  for (const [r, row] of model.rows.entries()) {
    if (r % 256 === 255) await budget.breathe();
    for (const [c, cell] of row.entries()) {
      if (!cell.link || cell.value === null) continue;
      const hyperlink = { documentReference: linkReference(cell.link), textToDisplay: String(cell.value) };
      await budget.spend(hyperlink);
      at(a1(r, c)).hyperlink = hyperlink;
    }
  }
  for (const [c, chars] of model.columnWidths.entries()) {
    await budget.spend(chars);
    at(`${columnLetters(c)}:${columnLetters(c)}`).format.columnWidth = charsToPoints(chars);
  }
  if (model.freezeRows > 0) sheet.freezePanes.freezeRows(model.freezeRows);
  queuePageLayout(sheet, model, budget.supports);
  // No outline groups: Range.group puts the +/- on the row below a group (learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-ranges-group)
  // and Office.js cannot move it above, where the rollup's parent rows are. Grouping would mark the wrong rows.
  const table = model.table;
  if (!withTable || !table || model.rows.length <= table.headerRow) return undefined;
  const right = columnLetters(Math.max(0, Math.min(table.columnCount, width) - 1));
  return sheet.tables.add(`A${table.headerRow + 1}:${right}${model.rows.length}`, true);
}


