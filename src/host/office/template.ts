import { columnLetters } from "../../core/grid";
import { LISTS_SHEET, type PlanTemplate, type TemplateSheet } from "../../core/template/model";
import { charsToPoints } from "../exceljs/style";
import type { TemplateWriter } from "../../app/service-template";

type Run = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;
/** Office.context.requirements.isSetSupported, or a stand-in where there is no Office. */
export type SupportsSet = (name: string, version: string) => boolean;

export const NO_VALIDATION = "Drop-down lists and numbers-only cells were left out: they need Excel API 1.8, which this Excel does not have.";

const matrix = (sheet: TemplateSheet) => {
  const width = Math.max(...sheet.rows.map((r) => r.length));
  return {
    width,
    // Range.formulas: "=..." is a formula, anything else a value; the template's own text never starts with "=".
    formulas: sheet.rows.map((row) => Array.from({ length: width }, (_, c) => (row[c]?.formula ? `=${row[c].formula}` : row[c]?.value ?? ""))),
    formats: sheet.rows.map((row) => Array.from({ length: width }, (_, c) => row[c]?.numberFormat ?? "General")),
  };
};

function writeCells(ws: Excel.Worksheet, sheet: TemplateSheet): void {
  const { width, formulas, formats } = matrix(sheet);
  const block = ws.getRange(`A1:${columnLetters(width - 1)}${sheet.rows.length}`);
  // Formats first: a value lands in a cell already formatted, so text meant as text ("@") stays text.
  block.numberFormat = formats;
  block.formulas = formulas;
  sheet.rows.forEach((row, r) => row.forEach((cell, c) => {
    if (!cell.bold && !cell.italic && !cell.fill && !cell.fontColor) return;
    const format = ws.getRange(`${columnLetters(c)}${r + 1}`).format;
    if (cell.bold) format.font.bold = true;
    if (cell.italic) format.font.italic = true;
    if (cell.fontColor) format.font.color = `#${cell.fontColor}`;
    if (cell.fill) format.fill.color = `#${cell.fill}`;
  }));
  sheet.columnWidths.forEach((w, c) => { ws.getRange(`${columnLetters(c)}1`).format.columnWidth = charsToPoints(w); });
  if (sheet.freezeRows > 0) ws.freezePanes.freezeRows(sheet.freezeRows);
}

/** Drop-downs and numbers-only cells (ExcelApi 1.8: Range.dataValidation). */
function addValidations(ws: Excel.Worksheet, sheet: TemplateSheet): void {
  for (const v of sheet.validations) {
    const dv = ws.getRange(v.range).dataValidation;
    dv.rule = v.type === "list"
      ? { list: { inCellDropDown: true, source: v.source } }
      : { decimal: { formula1: v.min, formula2: v.max, operator: "Between" } };
    dv.errorAlert = { message: v.error, showAlert: true, style: "Stop", title: "QIPP plan" };
    dv.prompt = { message: v.prompt, showPrompt: true, title: "QIPP plan" };
  }
}

/** RAG colours (ExcelApi 1.6: Range.conditionalFormats.add with a text comparison). */
function addHighlights(ws: Excel.Worksheet, sheet: TemplateSheet): void {
  for (const h of sheet.highlights) {
    const cf = ws.getRange(h.range).conditionalFormats.add("ContainsText");
    cf.textComparison.format.fill.color = `#${h.fill}`;
    cf.textComparison.format.font.color = `#${h.fontColor}`;
    cf.textComparison.rule = { operator: "Contains", text: h.text };
  }
}

/**
 * "New plan sheet…" over Office.js: the plan sheet is added (never replacing a sheet), and the
 * add-in's QIPP Lists sheet is added or its values refreshed in place, so drop-downs on earlier
 * plan sheets keep pointing at it. At most three syncs whatever the size of the pack.
 */
export function officeTemplateWriter(run: Run, supports: SupportsSet): TemplateWriter {
  return {
    sheetNames: () => run(async (context) => {
      const sheets = context.workbook.worksheets.load("items/name");
      await context.sync();
      return sheets.items.map((s) => s.name);
    }),
    write: (template: PlanTemplate) => run(async (context) => {
      const notes: string[] = [];
      const sheets = context.workbook.worksheets;
      // isNullObject is the library's own flag, known after the sync; Excel has no such property to load.
      const existing = sheets.getItemOrNullObject(LISTS_SHEET).load("name");
      await context.sync();
      const lists = existing.isNullObject ? sheets.add(LISTS_SHEET) : existing;
      if (!existing.isNullObject) {
        // A longer earlier list must not leave its tail behind.
        const used = existing.getUsedRangeOrNullObject(true);
        used.load("rowCount,columnCount");
        await context.sync();
        if (!used.isNullObject) {
          lists.getRange(`A1:${columnLetters(used.columnCount - 1)}${used.rowCount}`).values = Array.from({ length: used.rowCount }, () => Array.from({ length: used.columnCount }, () => ""));
        }
      }
      writeCells(lists, template.lists);
      const ws = sheets.add(template.plan.name);
      writeCells(ws, template.plan);
      if (supports("ExcelApi", "1.8")) addValidations(ws, template.plan);
      else notes.push(NO_VALIDATION);
      // Conditional formats are ExcelApi 1.6, below the manifest's 1.7: every host that loads the add-in has them.
      addHighlights(ws, template.plan);
      ws.activate();
      await context.sync();
      return { notes };
    }),
  };
}
