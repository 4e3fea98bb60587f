import type { SheetGrid } from "../../core/grid";
import { portableCodec, type ZipCodec } from "./codec";
import { detectKind, isEncryptedPackage } from "./detect";
import { FileReadError, unreadable, SAVE_AGAIN } from "./errors";
import { LIMITS, mb } from "./limits";
import { readOoxml } from "./ooxml-read";
import { workbookPathOf } from "./ooxml-parts";
import { tooLarge, ZipPackage } from "./zip-read";

export type SpreadsheetFormat = "xlsx" | "xlsm" | "xlsb" | "xls" | "ods" | "csv";

export interface SpreadsheetFile {
  name: string;
  format: SpreadsheetFormat;
  sheets: SheetGrid[];
  /** The OOXML package outputs are added to: the file itself, or for other formats a new .xlsx of its values. */
  outputPackage(): Promise<Uint8Array>;
}

const ENCRYPTED = () => unreadable("encrypted", "remove the password in Excel and save again");
/**
 * Excel's own encryption (an OLE file holding an EncryptedPackage). Some such files open in Excel
 * with no password asked (encrypted with Excel's built-in default, "VelvetSweatshop", when only
 * protected against changes), so we do not say a password is needed: we say what we cannot do.
 */
const EXCEL_ENCRYPTED = () =>
  unreadable("encrypted by Excel, which qipp cannot read (even when Excel opens it without asking for a password)", "in Excel, remove the protection or password (File > Info > Protect Workbook), save it as .xlsx, then try again");

/**
 * Reads any spreadsheet a finance team may have. OOXML goes through our own streaming reader;
 * the legacy formats through SheetJS, imported only when one comes. Throws FileReadError, with
 * one line saying why and what to do, for anything it cannot read.
 */
export async function readSpreadsheet(name: string, bytes: Uint8Array, codec: ZipCodec = portableCodec): Promise<SpreadsheetFile> {
  if (bytes.length > LIMITS.fileBytes) throw tooLarge(`the file is ${mb(bytes.length)} (the limit is ${mb(LIMITS.fileBytes)})`);
  const kind = detectKind(bytes, name);
  switch (kind) {
    case "empty":
      throw unreadable("empty file (0 bytes)", "choose the saved plan workbook instead");
    case "zip":
      return readZip(name, bytes, codec);
    case "cfb":
      if (isEncryptedPackage(bytes)) throw EXCEL_ENCRYPTED();
      return legacy(name, bytes, "binary", "xls");
    case "text-workbook":
    case "biff":
      return legacy(name, bytes, "binary", "xls");
    case "csv":
      return legacy(name, bytes, "csv", "csv");
    default:
      throw unreadable("not a spreadsheet (not .xlsx, .xlsm, .xlsb, .xls, .ods or .csv)", SAVE_AGAIN);
  }
}

async function readZip(name: string, bytes: Uint8Array, codec: ZipCodec): Promise<SpreadsheetFile> {
  const zip = new ZipPackage(bytes, codec);
  // An .xlsb's workbook part is binary wherever the package puts it (xl/ or, as some writers do, wtf/).
  if (zip.has("xl/workbook.bin") || /\.bin$/i.test(binaryWorkbookPath(zip) ?? "")) return legacy(name, bytes, "binary", "xlsb");
  if (/encryption-data/.test(zip.text("META-INF/manifest.xml") ?? "")) throw ENCRYPTED();
  if (zip.has("content.xml") && /opendocument\.spreadsheet/.test(zip.text("mimetype") ?? "application/vnd.oasis.opendocument.spreadsheet")) return legacy(name, bytes, "binary", "ods");
  if (!zip.has("[Content_Types].xml")) {
    if (zip.has("content.xml")) throw unreadable("an OpenDocument file that is not a spreadsheet", SAVE_AGAIN);
    throw unreadable("a zip file with no workbook in it", SAVE_AGAIN);
  }
  const types = zip.text("[Content_Types].xml") ?? "";
  if (/wordprocessingml|presentationml/.test(types) && !/spreadsheetml/.test(types)) throw unreadable("a Word or PowerPoint file, not a workbook", SAVE_AGAIN);
  try {
    const read = readOoxml(zip);
    const format = /macroEnabled/i.test(types) ? "xlsm" : "xlsx";
    return { name, format, sheets: read.sheets, outputPackage: async () => bytes };
  } catch (e) {
    if (e instanceof FileReadError) throw e;
    // An odd package our reader trips on: SheetJS is the second opinion before giving up.
    return legacy(name, bytes, "binary", "xlsx");
  }
}

function binaryWorkbookPath(zip: ZipPackage): string | undefined {
  try {
    return workbookPathOf(zip);
  } catch {
    return undefined; // a damaged _rels/.rels: the OOXML reader says so below
  }
}

async function legacy(name: string, bytes: Uint8Array, kind: "csv" | "binary", format: SpreadsheetFormat): Promise<SpreadsheetFile> {
  const { readLegacy } = await import("./legacy");
  const { gridsToXlsx } = await import("./grids-xlsx");
  const { sheets } = readLegacy(bytes, kind, format);
  return { name, format, sheets, outputPackage: async () => gridsToXlsx(sheets) };
}
