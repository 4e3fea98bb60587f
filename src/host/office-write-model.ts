import { a1, columnLetters } from "../core/grid";
import type { OutputSheet } from "../core/report/model";
import { charsToPoints } from "./exceljs-style";
import { fillKey, fontKey, indentKey, runsOf } from "./office-format-runs";
import { effectiveNumberFormat, linkReference, modelWidth } from "./output-plan";

/** Syncs before the queued requests would pass the payload limit. */
export class Budget {
  private used = 0;
  constructor(private readonly context: Excel.RequestContext, private readonly limit: number) {}
  async spend(payload: unknown): Promise<void> {
    const bytes = JSON.stringify(payload).length;
    if (this.used > 0 && this.used + bytes > this.limit) {
      await this.context.sync();
      this.context.application.suspendApiCalculationUntilNextSync();
      this.used = 0;
    }
    this.used += bytes;
  }
}

/** Queues one model onto a new sheet; string cells get the text format before their values. */
export async function writeModel(sheet: Excel.Worksheet, model: OutputSheet, budget: Budget, limitBytes: number): Promise<Excel.Table | undefined> {
  const width = Math.max(1, modelWidth(model));
  const last = columnLetters(width - 1);
  let from = 0;
  while (from < model.rows.length) {
    const values: (string | number | boolean)[][] = [];
    const formats: string[][] = [];
    let bytes = 0;
    for (let r = from; r < model.rows.length && (values.length === 0 || bytes < limitBytes / 4); r++) {
      const cells = Array.from({ length: width }, (_, c) => model.rows[r][c]);
      values.push(cells.map((cell) => cell?.value ?? ""));
      formats.push(cells.map(effectiveNumberFormat));
      bytes += JSON.stringify(values[values.length - 1]).length + JSON.stringify(formats[formats.length - 1]).length;
    }
    await budget.spend([values, formats]);
    const range = sheet.getRange(`A${from + 1}:${last}${from + values.length}`);
    range.numberFormat = formats;
    range.values = values;
    from += values.length;
  }
  for (const run of runsOf(model, fillKey)) {
    await budget.spend(run.cell.fill);
    sheet.getRange(`${a1(run.row, run.from)}:${a1(run.row, run.to)}`).format.fill.color = `#${run.cell.fill}`;
  }
  for (const run of runsOf(model, fontKey)) {
    const font = sheet.getRange(`${a1(run.row, run.from)}:${a1(run.row, run.to)}`).format.font;
    await budget.spend([run.cell.bold, run.cell.italic, run.cell.fontColor]);
    if (run.cell.bold !== undefined) font.bold = run.cell.bold;
    if (run.cell.italic !== undefined) font.italic = run.cell.italic;
    if (run.cell.fontColor) font.color = `#${run.cell.fontColor}`;
  }
  for (const run of canIndent() ? runsOf(model, indentKey) : []) {
    await budget.spend(run.cell.indent);
    sheet.getRange(`${a1(run.row, run.from)}:${a1(run.row, run.to)}`).format.indentLevel = run.cell.indent ?? 0;
  }
  for (const [r, row] of model.rows.entries()) {
    for (const [c, cell] of row.entries()) {
      if (!cell.link || cell.value === null) continue;
      const hyperlink = { documentReference: linkReference(cell.link), textToDisplay: String(cell.value) };
      await budget.spend(hyperlink);
      sheet.getRange(a1(r, c)).hyperlink = hyperlink;
    }
  }
  for (const [c, chars] of model.columnWidths.entries()) {
    sheet.getRange(`${columnLetters(c)}:${columnLetters(c)}`).format.columnWidth = charsToPoints(chars);
  }
  if (model.freezeRows > 0) sheet.freezePanes.freezeRows(model.freezeRows);
  for (const group of model.groups ?? []) sheet.getRange(`${group.from + 1}:${group.to + 1}`).group("ByRows");
  const table = model.table;
  if (!table || model.rows.length <= table.headerRow) return undefined;
  const right = columnLetters(Math.max(0, Math.min(table.columnCount, width) - 1));
  return sheet.tables.add(`A${table.headerRow + 1}:${right}${model.rows.length}`, true);
}


/** Indenting needs ExcelApi 1.9 (Microsoft 365); Excel 2019 gets the hierarchy without indents. */
function canIndent(): boolean {
  return typeof Office === "undefined" || Office.context?.requirements?.isSetSupported("ExcelApi", "1.9") !== false;
}
