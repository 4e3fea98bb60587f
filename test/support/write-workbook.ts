import ExcelJS from "exceljs";
import { isError, isFormula, type SheetCell } from "./sheet-cells";

export interface SheetSpec {
  name: string;
  rows: SheetCell[][];
  /** Ranges to merge, e.g. "A1:N1". */
  merges?: string[];
}

type ExcelValue = ExcelJS.CellValue;

/** A fixture cell as ExcelJS writes it: formulas keep their cached result, errors stay errors. */
export function toExcelValue(cell: SheetCell | undefined): ExcelValue {
  if (cell === undefined || cell === null) return null;
  if (isFormula(cell)) return { formula: cell.formula, result: cell.result } as ExcelJS.CellFormulaValue;
  if (isError(cell)) return { error: cell.error } as ExcelJS.CellErrorValue;
  return cell;
}

/** Fills one worksheet (in-memory or streaming) with a spec's rows and merges. */
export function fillWorksheet(ws: ExcelJS.Worksheet, spec: SheetSpec): void {
  for (const row of spec.rows) ws.addRow(row.map(toExcelValue));
  for (const range of spec.merges ?? []) ws.mergeCells(range);
}

export async function writeWorkbook(sheets: SheetSpec[]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = "qipp fixtures";
  wb.created = new Date(Date.UTC(2011, 3, 1));
  wb.modified = wb.created;
  for (const spec of sheets) fillWorksheet(wb.addWorksheet(spec.name), spec);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** A Cover sheet as plans have them: labels in column A, values beside them. */
export function coverSheet(opts: { organisation?: string; sha?: string; plannedBudget?: number; overallRag?: string; title?: string }): SheetSpec {
  const rows: SheetCell[][] = [[opts.title ?? "QIPP plan 2011-12 to 2014-15"], []];
  if (opts.organisation) rows.push(["Organisation", opts.organisation]);
  if (opts.sha) rows.push(["SHA", opts.sha]);
  if (opts.plannedBudget !== undefined) rows.push(["Planned budget", opts.plannedBudget]);
  if (opts.overallRag) rows.push(["Overall RAG", opts.overallRag]);
  rows.push([], ["Prepared by", "Finance and performance team"], ["Version", "Final submission"]);
  return { name: "Cover", rows, merges: ["A1:D1"] };
}

/** A sheet that is not a plan: the reader should pass over it with an info. */
export function notesSheet(name = "Notes"): SheetSpec {
  return {
    name,
    rows: [
      ["Notes on this plan"],
      [],
      ["1", "Figures are gross savings before reinvestment."],
      ["2", "Schemes rated red are included at full value; see risk-adjusted view."],
      ["3", "Activity changes are against the 2010-11 outturn baseline."],
    ],
  };
}
