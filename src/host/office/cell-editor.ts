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
        if (write === null) range.values = [[""]];
        else if (write.kind === "formula") range.formulas = [[`=${write.formula}`]];
        else range.values = [[write.value]];
        await context.sync();
      }),
  };
}
