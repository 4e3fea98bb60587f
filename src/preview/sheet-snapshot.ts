import type ExcelJS from "exceljs";

/** Enough of a sheet to draw it: a browser cannot lay out a million-row table. */
export const MAX_ROWS = 500;
export const MAX_COLUMNS = 60;

export interface SnapshotCell {
  text: string;
  numeric: boolean;
  /** CSS colours taken from the workbook (cell fills are data, not theme). */
  fill?: string;
  color?: string;
  bold?: boolean;
}

export interface SheetSnapshot {
  name: string;
  rows: SnapshotCell[][];
  columnCount: number;
  totalRows: number;
}

function argbToCss(argb: string | undefined): string | undefined {
  if (!argb || !/^[0-9a-f]{8}$/i.test(argb)) return undefined;
  return `#${argb.slice(2)}`;
}

const grouped = new Intl.NumberFormat("en-GB", { maximumFractionDigits: 2 });

function displayText(cell: ExcelJS.Cell): { text: string; numeric: boolean } {
  const v = cell.value as unknown;
  const value = v && typeof v === "object" && "result" in v ? (v as { result: unknown }).result : v;
  if (typeof value === "number") {
    const wholeThousands = typeof cell.numFmt === "string" && cell.numFmt.includes("#,##0") && !cell.numFmt.includes(".");
    return { text: wholeThousands ? grouped.format(Math.round(value)) : grouped.format(value), numeric: true };
  }
  if (value === null || value === undefined) return { text: "", numeric: false };
  if (value instanceof Date) return { text: value.toISOString().slice(0, 10), numeric: false };
  if (typeof value === "object" && "error" in value) return { text: String((value as { error: unknown }).error), numeric: false };
  return { text: cell.text ?? String(value), numeric: false };
}

export function snapshotSheet(sheet: ExcelJS.Worksheet): SheetSnapshot {
  const totalRows = sheet.rowCount;
  const columnCount = Math.min(Math.max(sheet.columnCount, 1), MAX_COLUMNS);
  const rows: SnapshotCell[][] = [];
  for (let r = 1; r <= Math.min(totalRows, MAX_ROWS); r++) {
    const row = sheet.getRow(r);
    const cells: SnapshotCell[] = [];
    for (let c = 1; c <= columnCount; c++) {
      const cell = row.getCell(c);
      // A merged range shows its value once, in its top-left cell, as Excel does.
      if (cell.isMerged && cell.master !== cell) {
        cells.push({ text: "", numeric: false });
        continue;
      }
      const fill = cell.fill?.type === "pattern" && cell.fill.pattern === "solid" ? argbToCss(cell.fill.fgColor?.argb) : undefined;
      cells.push({ ...displayText(cell), fill, color: argbToCss(cell.font?.color?.argb), bold: cell.font?.bold || undefined });
    }
    rows.push(cells);
  }
  return { name: sheet.name, rows, columnCount, totalRows };
}

/** The User Timing name of the preview's snapshot: in Excel, Excel draws its own grid, so the bench counts it apart from the pane. */
export const SHEET_VIEW_MEASURE = "preview sheet view";

export function snapshotWorkbook(workbook: ExcelJS.Workbook): SheetSnapshot[] {
  const start = performance.now();
  const sheets = workbook.worksheets.map(snapshotSheet);
  performance.measure(SHEET_VIEW_MEASURE, { start, end: performance.now() });
  return sheets;
}
