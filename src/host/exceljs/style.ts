import type ExcelJS from "exceljs";

/** Fill colour as RRGGBB (no "#"), or null to clear it. */
export function setFill(cell: ExcelJS.Cell, hex: string | null): void {
  if (hex === null) cell.fill = { type: "pattern", pattern: "none" };
  else cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: `FF${hex.toUpperCase()}` } };
}

export function fillHex(cell: ExcelJS.Cell): string | null {
  const fill = cell.fill;
  if (!fill || fill.type !== "pattern" || fill.pattern !== "solid") return null;
  const argb = fill.fgColor?.argb;
  return argb ? argb.slice(-6).toUpperCase() : null;
}

export function setFont(cell: ExcelJS.Cell, font: { bold?: boolean; italic?: boolean; color?: string }): void {
  const next: Partial<ExcelJS.Font> = { ...cell.font };
  if (font.bold !== undefined) next.bold = font.bold;
  if (font.italic !== undefined) next.italic = font.italic;
  if (font.color !== undefined) next.color = { argb: `FF${font.color.toUpperCase()}` };
  cell.font = next;
}

export function fontColorHex(cell: ExcelJS.Cell): string | null {
  const argb = cell.font?.color?.argb;
  return argb ? argb.slice(-6).toUpperCase() : null;
}

export function setIndent(cell: ExcelJS.Cell, indent: number): void {
  cell.alignment = { ...cell.alignment, indent };
}

/** Excel's column width in characters (Calibri 11: 7 px a digit plus 5 px padding) to points, as the JavaScript API uses. */
export function charsToPoints(chars: number): number {
  return Math.round((chars * 7 + 5) * 0.75 * 100) / 100;
}

export function pointsToChars(points: number): number {
  return Math.round(((points / 0.75 - 5) / 7) * 100) / 100;
}

/** Freezes the top rows, as Excel's Freeze Panes does. */
export function freezeRows(sheet: ExcelJS.Worksheet, rows: number): void {
  sheet.views = rows > 0 ? [{ state: "frozen", xSplit: 0, ySplit: rows, topLeftCell: `A${rows + 1}` }] : [];
}

/** Adds an Excel table over cells already written (ExcelJS rewrites the cells from the rows given). */
export function addTableOverCells(sheet: ExcelJS.Worksheet, name: string, top: number, left: number, bottom: number, right: number): void {
  const columns: { name: string }[] = [];
  for (let c = left; c <= right; c++) {
    const header = sheet.getCell(top + 1, c + 1).value;
    columns.push({ name: header === null || header === undefined || header === "" ? `Column${c - left + 1}` : String(header) });
  }
  const rows: ExcelJS.CellValue[][] = [];
  for (let r = top + 1; r <= bottom; r++) {
    const row: ExcelJS.CellValue[] = [];
    for (let c = left; c <= right; c++) row.push(sheet.getCell(r + 1, c + 1).value);
    rows.push(row);
  }
  sheet.addTable({ name, ref: `${sheet.getCell(top + 1, left + 1).address}`, headerRow: true, columns, rows });
}

export function renameTable(sheet: ExcelJS.Worksheet, from: string, to: string): void {
  const table = sheet.getTable(from) as unknown as { name: string } | undefined;
  if (!table) return;
  table.name = to;
  const tables = (sheet as unknown as { tables: Record<string, unknown> }).tables;
  delete tables[from];
  tables[to] = table;
}
