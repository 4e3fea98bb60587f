import * as XLSX from "@e965/xlsx";
import type { CellValue, SheetGrid } from "../../core/grid";
import { FileReadError, unreadable, SAVE_AGAIN } from "./errors";
import { withOdsStyles } from "./ods-styles";
import { quietly } from "./quiet";
import { decodeUnicode, unicodeEncodingOf } from "./text-decode";
import { unescapeXml } from "./xml";
import { GridBuilder, serialToIso } from "./grid-builder";
import { LIMITS, mb } from "./limits";
import { tooLarge } from "./zip-read";

const ERRORS: Record<number, string> = { 0x00: "#NULL!", 0x07: "#DIV/0!", 0x0f: "#VALUE!", 0x17: "#REF!", 0x1d: "#NAME?", 0x24: "#NUM!", 0x2a: "#N/A", 0x2b: "#GETTING_DATA" };

/**
 * .xls, .xlsb, .ods, .csv (and SpreadsheetML 2003 / HTML saved as .xls) through SheetJS, loaded
 * only when such a file comes. CSV is read as text (the core parses money text itself), never
 * guessed into dates.
 */
export function readLegacy(bytes: Uint8Array, kind: "csv" | "binary", format = ""): { sheets: SheetGrid[] } {
  if (bytes.length > LIMITS.legacyFileBytes) throw tooLarge(`${mb(bytes.length)} in a legacy format (the limit is ${mb(LIMITS.legacyFileBytes)}); save it as .xlsx`);
  let wb: XLSX.WorkBook;
  try {
    const input = kind === "csv" ? csvText(bytes) : format === "ods" ? withOdsStyles(bytes) : bytes;
    wb = quietly(() => XLSX.read(input, { type: kind === "csv" ? "string" : "array", dense: true, cellNF: true, cellFormula: false, cellHTML: false, cellStyles: false, raw: kind === "csv", sheetRows: LIMITS.rows }));
  } catch (e) {
    throw explain(e);
  }
  const budget = { cells: LIMITS.cells };
  const date1904 = Boolean(wb.Workbook?.WBProps?.date1904);
  const missing = wb.SheetNames.find((name) => !wb.Sheets[name]);
  if (missing !== undefined) throw unreadable(`damaged: its sheet "${missing}" is listed but cannot be read`, SAVE_AGAIN);
  const sheets = wb.SheetNames.filter((name) => !wb.Sheets[name]["!type"] || wb.Sheets[name]["!type"] === "sheet").map((name) => {
    // SheetJS leaves an ODS sheet name as written in content.xml ("A &amp; B"): findings must name the real sheet.
    const grid = new GridBuilder(format === "ods" ? unescapeXml(name) : name, budget);
    const data = (wb.Sheets[name]["!data"] ?? []) as (XLSX.CellObject | undefined)[][];
    data.forEach((row, r) => row?.forEach((cell, c) => cell && grid.set(r, c, valueOf(cell, date1904))));
    return grid.build();
  });
  return { sheets };
}

/** CSV bytes as text: UTF-16/32 when marked or evidently so, UTF-8 (with or without a BOM), else Windows-1252, as Excel saves "CSV" on Windows. */
function csvText(bytes: Uint8Array): string {
  const unicode = unicodeEncodingOf(bytes);
  if (unicode) return decodeUnicode(bytes, unicode);
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

/**
 * SheetJS's failure in the user's words. A JavaScript internal ("Cannot read properties of undefined
 * (reading 'L')", a TypeError or RangeError, NaN in a size) means the file's structure is broken where
 * SheetJS did not expect it: we say that, not the internal.
 */
export function explain(e: unknown) {
  if (e instanceof FileReadError) return e;
  const message = (e instanceof Error ? e.message : String(e)).split("\n")[0];
  if (/password|encrypt/i.test(message)) return unreadable("encrypted", "remove the password in Excel and save again");
  const type = /Unsupported value type (\S+)/.exec(message);
  if (type) return unreadable(`holds a cell of a kind qipp does not know (value type "${type[1]}")`, SAVE_AGAIN);
  const part = /Cannot find file (\S+) in zip/i.exec(message);
  if (part) return unreadable(`incomplete: the part ${part[1]} is missing`, SAVE_AGAIN);
  const internal = e instanceof TypeError || e instanceof RangeError || /undefined|null|NaN|is not a function|is not iterable|call stack/.test(message);
  if (internal) return unreadable("damaged: its internal structure is broken in a way qipp cannot read past", SAVE_AGAIN);
  if (/unsupported file|not.*(spreadsheet|workbook)|invalid|unexpected|corrupt|bad/i.test(message)) return unreadable(`not a readable spreadsheet (${message})`, SAVE_AGAIN);
  return unreadable(`cannot be read (${message})`, SAVE_AGAIN);
}
