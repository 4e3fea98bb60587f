import type ExcelJS from "exceljs";
import type { OutputSheet } from "../../core/report/model";
import { effectiveNumberFormat, linkReference, modelWidth } from "../output-plan";
import { addTableOverCells, freezeRows, setFill, setFont, setIndent } from "./style";

/** Writes a model into an empty ExcelJS sheet; the table comes later (its name may still be taken). */
export function writeModelCells(sheet: ExcelJS.Worksheet, model: OutputSheet): void {
  model.rows.forEach((row, r) => {
    row.forEach((cell, c) => {
      const target = sheet.getCell(r + 1, c + 1);
      // A plain string is always a text cell in ExcelJS; a formula would need { formula }.
      const value = cell.value === "" ? null : cell.value; // Excel has no empty-text cell: "" clears it
      if (cell.formula && typeof value === "number") target.value = { formula: cell.formula, result: value };
      else target.value = cell.link && value !== null ? { text: String(value), hyperlink: linkReference(cell.link) } : value;
      target.numFmt = effectiveNumberFormat(cell);
      if (cell.fill) setFill(target, cell.fill);
      if (cell.bold !== undefined || cell.italic !== undefined || cell.fontColor) {
        setFont(target, { bold: cell.bold, italic: cell.italic, color: cell.fontColor });
      }
      if (cell.indent) setIndent(target, cell.indent);
    });
  });
  model.columnWidths.forEach((width, c) => {
    sheet.getColumn(c + 1).width = width;
  });
  freezeRows(sheet, model.freezeRows);
  for (const group of model.groups ?? []) {
    for (let r = group.from; r <= group.to; r++) {
      const row = sheet.getRow(r + 1);
      row.outlineLevel = (row.outlineLevel ?? 0) + 1;
    }
  }
}

export function addModelTable(sheet: ExcelJS.Worksheet, model: OutputSheet): void {
  const table = model.table;
  if (!table || model.rows.length <= table.headerRow) return;
  const right = Math.max(0, Math.min(table.columnCount, modelWidth(model)) - 1);
  addTableOverCells(sheet, table.name, table.headerRow, 0, model.rows.length - 1, right);
}
