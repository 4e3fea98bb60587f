import { cellText, isBlank, isErrorValue, type CellValue } from "../grid";
import { parseMoney, parseNumberText, toPence, type Unit } from "../money";
import type { Amount, TextCell } from "../types";

/** A money cell in its column's unit, as pence; text and error values are kept with why. */
export function readAmount(raw: CellValue, cell: string, unit: Unit): Amount {
  if (typeof raw === "number" && Number.isFinite(raw)) return { cell, raw, value: toPence(raw, unit) };
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
export function readNumber(raw: CellValue, cell: string): Amount {
  if (isBlank(raw) || (typeof raw === "string" && /^[-–—]$/.test(raw.trim()))) return { cell, raw, value: null };
  if (typeof raw === "number") return Number.isFinite(raw) ? { cell, raw, value: raw } : { cell, raw, value: null, issue: "text" };
  if (isErrorValue(raw)) return { cell, raw, value: null, issue: "error" };
  const n = typeof raw === "string" ? parseNumberText(raw) : undefined;
  return n === undefined ? { cell, raw, value: null, issue: "text" } : { cell, raw, value: n };
}

export function readText(raw: CellValue, cell: string): TextCell {
  return { cell, raw, text: cellText(raw) };
}
