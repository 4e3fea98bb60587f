/**
 * What a host hands the core: each sheet's used range as a grid of plain values.
 * Error values arrive as their Excel text ("#REF!", "#DIV/0!"); formulas as their cached result;
 * dates as ISO text (yyyy-mm-dd); rich text as its plain text.
 */
export type CellValue = string | number | boolean | null;

export interface SheetGrid {
  name: string;
  /** Rows of the used range. values[0][0] is the sheet cell at (top, left), both 0-based. */
  values: CellValue[][];
  top: number;
  left: number;
}

export interface WorkbookGrids {
  /** File name (or "Open workbook" inside Excel): shown as the source on output sheets. */
  name: string;
  sheets: SheetGrid[];
}

const ERROR_VALUE = /^#(NULL!|DIV\/0!|VALUE!|REF!|NAME\?|NUM!|N\/A|GETTING_DATA|SPILL!|CALC!|FIELD!|BLOCKED!|CONNECT!|BUSY!|UNKNOWN!|EXTERNAL!|PYTHON!)$/;

export function isErrorValue(value: CellValue): value is string {
  return typeof value === "string" && value.includes("#") && ERROR_VALUE.test(value.trim());
}

export function cellText(value: CellValue): string {
  if (value === null) return "";
  return typeof value === "string" ? value.trim() : String(value);
}

export function isBlank(value: CellValue): boolean {
  return value === null || (typeof value === "string" && value.trim() === "");
}

const LETTERS: string[] = [];

/** 0-based column index to letters: 0 -> A, 26 -> AA (remembered: addresses are made for every cell read). */
export function columnLetters(index: number): string {
  return (LETTERS[index] ??= lettersOf(index));
}

function lettersOf(index: number): string {
  let letters = "";
  let n = index + 1;
  while (n > 0) {
    const rem = (n - 1) % 26;
    letters = String.fromCharCode(65 + rem) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

/** 0-based sheet row and column to an A1 address. */
export function a1(row: number, col: number): string {
  return `${columnLetters(col)}${row + 1}`;
}

/** A1 address to 0-based row and column; undefined when it is not one. */
export function parseA1(address: string): { row: number; col: number } | undefined {
  const m = /^\$?([A-Z]{1,3})\$?(\d{1,7})$/i.exec(address.trim());
  if (!m) return undefined;
  let col = 0;
  for (const ch of m[1].toUpperCase()) col = col * 26 + (ch.charCodeAt(0) - 64);
  return { row: Number(m[2]) - 1, col: col - 1 };
}

/** The value at sheet coordinates (0-based), or null outside the used range. */
export function cellAt(grid: SheetGrid, row: number, col: number): CellValue {
  const r = grid.values[row - grid.top];
  if (!r) return null;
  const v = r[col - grid.left];
  return v === undefined ? null : v;
}
