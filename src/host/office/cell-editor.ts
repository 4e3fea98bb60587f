import type { CellWrite } from "../../core/fixes/model";
import type { CellEditor } from "../../app/cell-editor";

type Run = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

/**
 * Fix and Undo over Office.js: one cell, one batch, one sync each way. Range.formulas gives a formula
 * cell as "=..." and any other cell as its value; setting Range.formulas to "=..." puts a formula back,
 * and Range.values writes a plain value
 * (https://learn.microsoft.com/javascript/api/excel/excel.range#excel-excel-range-formulas-member).
 */
export function officeCellEditor(run: Run): CellEditor {
  // Number formats this editor changed to "@" (text), by sheet!cell, so Undo puts the user's format back.
  const changedFormats = new Map<string, string>();
  return {
    read: (sheet, cell) =>
      run(async (context) => {
        const range = context.workbook.worksheets.getItem(sheet).getRange(cell);
        range.load("formulas");
        await context.sync();
        const held = range.formulas[0][0] as unknown;
        if (typeof held === "string" && held.startsWith("=")) return { kind: "formula", formula: held.slice(1) };
        if (held === "" || held === null || held === undefined) return null;
        return { kind: "value", value: typeof held === "boolean" ? String(held) : (held as string | number) };
      }),
    write: (sheet, cell, write: CellWrite | null) =>
      run(async (context) => {
        const range = context.workbook.worksheets.getItem(sheet).getRange(cell);
        const key = `${sheet}!${cell}`;
        const textLike = write?.kind === "value" && typeof write.value === "string" && excelWouldConvert(write.value);
        if (textLike && !changedFormats.has(key)) {
          range.load("numberFormat");
          await context.sync();
          changedFormats.set(key, String(range.numberFormat[0][0]));
        }
        // The format goes before the value, so Excel keeps text that looks like a date or number as text.
        if (textLike) range.numberFormat = [["@"]];
        else if (changedFormats.has(key)) {
          range.numberFormat = [[changedFormats.get(key)!]];
          changedFormats.delete(key);
        }
        if (write === null) range.values = [[""]];
        else if (write.kind === "formula") range.formulas = [[`=${write.formula}`]];
        else range.values = [[write.value]];
        await context.sync();
      }),
  };
}

/** Text Excel would turn into something else when written to a General cell: a number, date, boolean or formula. */
function excelWouldConvert(text: string): boolean {
  const t = text.trim();
  return /^[=+\-@]/.test(t) || /^(true|false)$/i.test(t) || /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?%?$/i.test(t) || /^\d{1,4}[-/.]\d{1,2}([-/.]\d{1,4})?([T ]\d{1,2}:\d{2}(:\d{2})?)?$/.test(t);
}
