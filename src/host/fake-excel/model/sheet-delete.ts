import type ExcelJS from "exceljs";

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/**
 * Excel rewrites every reference to a deleted sheet as #REF! ("If you delete a worksheet that
 * formulas refer to, the formulas return #REF!"): the formula text keeps #REF! for good.
 */
export function breakReferencesTo(workbook: ExcelJS.Workbook, deleted: string): void {
  const name = `(?:'${escape(deleted.replace(/'/g, "''"))}'|${escape(deleted)})`;
  const cell = "\\$?[A-Z]{1,3}\\$?\\d+";
  const reference = new RegExp(`${name}!${cell}(?::${cell})?`, "gi");
  for (const ws of workbook.worksheets) {
    if (ws.name === deleted) continue;
    ws.eachRow((row) =>
      row.eachCell((c) => {
        const value = c.value as { formula?: string } | null;
        if (!value || typeof value !== "object" || typeof value.formula !== "string" || !reference.test(value.formula)) return;
        reference.lastIndex = 0;
        c.value = { formula: value.formula.replace(reference, "#REF!"), result: { error: "#REF!" } } as unknown as ExcelJS.CellValue;
      }),
    );
  }
}
