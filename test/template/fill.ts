import ExcelJS from "exceljs";
import type { PlanTemplate } from "../../src/core/template/model";

export type RowValues = Record<string, string | number | null>;

/**
 * Types rows into a template as a user would: values by header text, from the first blank row;
 * the Total formula keeps its formula with the result Excel would show, so the reader sees both.
 */
export async function fillTemplate(xlsx: Buffer, template: PlanTemplate, rows: RowValues[], labels: Record<string, string> = {}): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(xlsx as unknown as ArrayBuffer);
  const ws = wb.getWorksheet(template.plan.name);
  if (!ws) throw new Error(`no ${template.plan.name} sheet`);
  const headerRow = template.plan.freezeRows;
  const headers = template.plan.rows[headerRow - 1].map((c) => String(c.value));
  const yearCols = headers.flatMap((h, i) => (/^\d{4}-\d{2} £000$/.test(h) ? [i + 1] : []));
  const totalCol = headers.findIndex((h) => h === "Total") + 1;
  for (const [cell, value] of Object.entries(labels)) ws.getCell(cell).value = value;
  rows.forEach((values, i) => {
    const row = headerRow + 1 + i;
    for (const [header, value] of Object.entries(values)) {
      const col = headers.indexOf(header) + 1;
      if (col === 0) throw new Error(`no column "${header}" in ${headers.join(" | ")}`);
      ws.getCell(row, col).value = value;
    }
    const years = yearCols.map((c) => ws.getCell(row, c).value).filter((v): v is number => typeof v === "number");
    const formula = (ws.getCell(row, totalCol).value as { formula: string }).formula;
    ws.getCell(row, totalCol).value = { formula, result: years.length ? years.reduce((a, b) => a + b, 0) : "" } as ExcelJS.CellFormulaValue;
  });
  const sumRow = template.plan.rows.length;
  for (const col of [...yearCols, totalCol]) {
    let sum = 0;
    for (let row = headerRow + 1; row < sumRow; row++) {
      const v = ws.getCell(row, col).value;
      const n = typeof v === "number" ? v : typeof (v as { result?: unknown })?.result === "number" ? (v as { result: number }).result : 0;
      sum += n;
    }
    const formula = (ws.getCell(sumRow, col).value as { formula: string }).formula;
    ws.getCell(sumRow, col).value = { formula, result: sum } as ExcelJS.CellFormulaValue;
  }
  return Buffer.from(await wb.xlsx.writeBuffer());
}
