import type ExcelJS from "exceljs";
import type { PlanTemplate, TemplateSheet } from "../../core/template/model";
import { freezeRows, setFill, setFont } from "./style";

type ExcelJSModule = typeof import("exceljs");
/** ExcelJS's range data validations (its README: worksheet.dataValidations.add('A1:A10', ...)), not in its typings. */
type WithValidations = ExcelJS.Worksheet & { dataValidations: { add(range: string, validation: ExcelJS.DataValidation): void } };

/** A plan template as a NEW .xlsx file (nobody's workbook is re-serialised): plan sheet first, then its lists and rules. */
export async function templateWorkbookBuffer(template: PlanTemplate, exceljs?: ExcelJSModule): Promise<Buffer> {
  const { Workbook } = exceljs ?? (await import("exceljs"));
  const workbook = new Workbook();
  for (const sheet of [template.plan, template.lists, ...(template.rules ? [template.rules] : [])]) renderSheet(workbook.addWorksheet(sheet.name), sheet);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

function renderSheet(ws: ExcelJS.Worksheet, sheet: TemplateSheet): void {
  sheet.columnWidths.forEach((width, i) => { ws.getColumn(i + 1).width = width; });
  sheet.rows.forEach((row, r) => row.forEach((spec, c) => {
    const cell = ws.getCell(r + 1, c + 1);
    // Text stays text: ExcelJS writes a string as a string, and only `formula` becomes a formula.
    if (spec.formula) cell.value = { formula: spec.formula };
    else if (spec.value !== null) cell.value = spec.value;
    if (spec.numberFormat) cell.numFmt = spec.numberFormat;
    if (spec.bold || spec.italic || spec.fontColor) setFont(cell, { bold: spec.bold, italic: spec.italic, color: spec.fontColor });
    if (spec.fill) setFill(cell, spec.fill);
  }));
  freezeRows(ws, sheet.freezeRows);
  for (const v of sheet.validations) {
    const common = { allowBlank: true, showErrorMessage: true, errorStyle: "stop", error: v.error, showInputMessage: true, prompt: v.prompt } as const;
    // ExcelJS wants list sources without "=" and writes them into <formula1> as they are.
    (ws as WithValidations).dataValidations.add(v.range, v.type === "list"
      ? { ...common, type: "list", formulae: [v.source.replace(/^=/, "")] }
      : { ...common, type: "decimal", operator: "between", formulae: [v.min, v.max] });
  }
  const byRange = new Map<string, TemplateSheet["highlights"]>();
  for (const h of sheet.highlights) byRange.set(h.range, [...(byRange.get(h.range) ?? []), h]);
  for (const [ref, highlights] of byRange) {
    ws.addConditionalFormatting({
      ref,
      // The formula Excel itself writes for "Text that contains": ExcelJS's containsText rule leaves out
      // the operator and text attributes, so the expression form is the one every reader agrees on.
      rules: highlights.map((h, i) => ({
        type: "expression", formulae: [`NOT(ISERROR(SEARCH("${h.text.replace(/"/g, '""')}",${ref.split(":")[0]})))`], priority: i + 1,
        style: { fill: { type: "pattern", pattern: "solid", bgColor: { argb: `FF${h.fill}` } }, font: { color: { argb: `FF${h.fontColor}` } } },
      })),
    });
  }
}
