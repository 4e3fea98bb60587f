import type ExcelJS from "exceljs";
import { a1 } from "../../core/grid";

/** A cell's value as Excel shows it: formulas as their cached result, links and rich text as text. */
export type PlainValue = string | number | boolean | Date | null;

const MERGE_TYPE = 1; // ExcelJS ValueType.Merge: a non-master cell of a merged area

export function plainValue(cell: ExcelJS.Cell): PlainValue {
  if (cell.type === MERGE_TYPE) return null;
  return plain(cell.value);
}

function plain(value: unknown): PlainValue {
  if (value === null || value === undefined) return null;
  if (typeof value === "string" || typeof value === "number" || typeof value === "boolean") return value;
  if (value instanceof Date) return value;
  if (typeof value !== "object") return String(value);
  const v = value as Record<string, unknown>;
  if ("error" in v) return String(v.error);
  if (Array.isArray(v.richText)) return (v.richText as { text?: string }[]).map((run) => run.text ?? "").join("");
  if ("formula" in v || "sharedFormula" in v) return v.result === undefined ? null : plain(v.result);
  if ("hyperlink" in v) return plain(v.text ?? v.hyperlink);
  if ("text" in v) return plain(v.text);
  return null;
}

/** yyyy-mm-dd of a date as ExcelJS holds it (UTC). */
export function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

export interface Bounds {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/** 0-based inclusive bounds of the cells that hold a value, or null for an empty sheet. */
export function usedBounds(sheet: ExcelJS.Worksheet): Bounds | null {
  let bounds: Bounds | null = null;
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    row.eachCell({ includeEmpty: false }, (cell, colNumber) => {
      if (plainValue(cell) === null) return;
      const r = rowNumber - 1;
      const c = colNumber - 1;
      if (!bounds) bounds = { top: r, left: c, bottom: r, right: c };
      else {
        bounds.top = Math.min(bounds.top, r);
        bounds.bottom = Math.max(bounds.bottom, r);
        bounds.left = Math.min(bounds.left, c);
        bounds.right = Math.max(bounds.right, c);
      }
    });
  });
  return bounds;
}

export function boundsAddress(b: Bounds): string {
  const start = a1(b.top, b.left);
  const end = a1(b.bottom, b.right);
  return start === end ? start : `${start}:${end}`;
}

/** A sheet name as Excel writes it in an address: quoted when it holds anything but letters, digits and _. */
export function quoteSheetName(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

/** Finds a sheet the way Excel does: names are case-insensitive. */
export function findSheet(workbook: ExcelJS.Workbook, name: string): ExcelJS.Worksheet | undefined {
  const wanted = name.toLowerCase();
  return workbook.worksheets.find((ws) => ws.name.toLowerCase() === wanted);
}
