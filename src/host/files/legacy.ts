import * as XLSX from "@e965/xlsx";
import type { CellValue, SheetGrid } from "../../core/grid";
import { unreadable, SAVE_AGAIN } from "./errors";
import { GridBuilder, serialToIso } from "./grid-builder";
import { LIMITS, mb } from "./limits";
import { tooLarge } from "./zip-read";

const ERRORS: Record<number, string> = { 0x00: "#NULL!", 0x07: "#DIV/0!", 0x0f: "#VALUE!", 0x17: "#REF!", 0x1d: "#NAME?", 0x24: "#NUM!", 0x2a: "#N/A", 0x2b: "#GETTING_DATA" };

/**
 * .xls, .xlsb, .ods, .csv (and SpreadsheetML 2003 / HTML saved as .xls) through SheetJS, loaded
 * only when such a file comes. CSV is read as text (the core parses money text itself), never
 * guessed into dates.
 */
export function readLegacy(bytes: Uint8Array, kind: "csv" | "binary"): { sheets: SheetGrid[] } {
  if (bytes.length > LIMITS.legacyFileBytes) throw tooLarge(`${mb(bytes.length)} in a legacy format (the limit is ${mb(LIMITS.legacyFileBytes)}); save it as .xlsx`);
  let wb: XLSX.WorkBook;
  try {
    const input = kind === "csv" ? csvText(bytes) : bytes;
    wb = XLSX.read(input, { type: kind === "csv" ? "string" : "array", dense: true, cellNF: true, cellFormula: false, cellHTML: false, cellStyles: false, raw: kind === "csv", sheetRows: LIMITS.rows });
  } catch (e) {
    throw explain(e);
  }
  const budget = { cells: LIMITS.cells };
  const date1904 = Boolean(wb.Workbook?.WBProps?.date1904);
  const sheets = wb.SheetNames.filter((name) => !wb.Sheets[name]?.["!type"] || wb.Sheets[name]["!type"] === "sheet").map((name) => {
    const grid = new GridBuilder(name, budget);
    const data = (wb.Sheets[name]["!data"] ?? []) as (XLSX.CellObject | undefined)[][];
    data.forEach((row, r) => row?.forEach((cell, c) => cell && grid.set(r, c, valueOf(cell, date1904))));
    return grid.build();
  });
  return { sheets };
}

/** CSV bytes as text: UTF-8 (with or without a BOM), else Windows-1252, as Excel saves "CSV" on Windows. */
function csvText(bytes: Uint8Array): string {
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes).replace(/^\uFEFF/, "");
  } catch {
    return new TextDecoder("windows-1252").decode(bytes);
  }
}

function valueOf(cell: XLSX.CellObject, date1904: boolean): CellValue {
  switch (cell.t) {
    case "s":
      return cell.v === undefined ? null : String(cell.v);
    case "b":
      return Boolean(cell.v);
    case "e":
      return typeof cell.v === "number" ? (ERRORS[cell.v] ?? "#VALUE!") : String(cell.w ?? "#VALUE!");
    case "d":
      return cell.v instanceof Date ? cell.v.toISOString().slice(0, 10) : String(cell.v ?? "").slice(0, 10);
    case "n": {
      const n = Number(cell.v);
      if (!Number.isFinite(n)) return null;
      return typeof cell.z === "string" && XLSX.SSF.is_date(cell.z) ? serialToIso(n, date1904) : n;
    }
    default:
      return null;
  }
}

function explain(e: unknown) {
  const message = e instanceof Error ? e.message : String(e);
  if (/password|encrypt/i.test(message)) return unreadable("encrypted", "remove the password in Excel and save again");
  if (/unsupported file|not.*(spreadsheet|workbook)|cannot find|invalid|unexpected|corrupt|bad/i.test(message)) return unreadable(`not a readable spreadsheet (${message.split("\n")[0]})`, SAVE_AGAIN);
  return unreadable(`cannot be read (${message.split("\n")[0]})`, SAVE_AGAIN);
}

/** The user's sheets (their values, as read) as a new .xlsx package, for writing outputs beside a non-OOXML input. */
export function gridsToXlsx(sheets: SheetGrid[]): Uint8Array {
  const wb = XLSX.utils.book_new();
  for (const grid of sheets) {
    const ws = XLSX.utils.aoa_to_sheet([]);
    XLSX.utils.sheet_add_aoa(ws, grid.values, { origin: { r: grid.top, c: grid.left } });
    XLSX.utils.book_append_sheet(wb, ws, grid.name.slice(0, 31));
  }
  if (sheets.length === 0) XLSX.utils.book_append_sheet(wb, XLSX.utils.aoa_to_sheet([]), "Sheet1");
  return new Uint8Array(XLSX.write(wb, { type: "array", bookType: "xlsx", compression: true }) as ArrayBuffer);
}
