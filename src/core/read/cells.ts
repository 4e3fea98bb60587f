import { a1, cellText, isBlank, isErrorValue, parseA1, type CellValue } from "../grid";
import { parseMoney, parseNumberText, type Unit } from "../money";
import type { Amount, TextCell } from "../types";

/** A money cell in the sheet's unit, as pence; text and error values are kept with why. */
export function readAmount(raw: CellValue, row: number, col: number, unit: Unit): Amount {
  const cell = a1(row, col);
  const parsed = parseMoney(raw, unit);
  switch (parsed.kind) {
    case "number":
      return { cell, raw, value: parsed.pence };
    case "empty":
      return { cell, raw, value: null };
    case "error":
      return { cell, raw, value: null, issue: "error" };
    default:
      return { cell, raw, value: null, issue: isErrorValue(raw) ? "error" : "text" };
  }
}

/** A plain number (activity units), not money. */
export function readNumber(raw: CellValue, row: number, col: number): Amount {
  const cell = a1(row, col);
  if (isBlank(raw) || (typeof raw === "string" && /^[-–—]$/.test(raw.trim()))) return { cell, raw, value: null };
  if (typeof raw === "number") return Number.isFinite(raw) ? { cell, raw, value: raw } : { cell, raw, value: null, issue: "text" };
  if (isErrorValue(raw)) return { cell, raw, value: null, issue: "error" };
  const n = typeof raw === "string" ? parseNumberText(raw) : undefined;
  return n === undefined ? { cell, raw, value: null, issue: "text" } : { cell, raw, value: n };
}

export function readText(raw: CellValue, row: number, col: number): TextCell {
  return { cell: a1(row, col), raw, text: cellText(raw) };
}

/** The A1 address one row down from a cell, for messages about a column. */
export function columnOf(cell: string): string {
  const pos = parseA1(cell);
  return pos ? a1(0, pos.col).replace(/\d+$/, "") : cell;
}
