import ExcelJS from "exceljs";
import { FileReadError, SAVE_AGAIN } from "../host/files/errors";
import { outputExtension } from "../host/files/output-name";
import { measured, PREVIEW_OPEN_MEASURE } from "./open-measure";

/** What the preview opens: the workbook model the fake Excel host edits, the package Download adds outputs to, and its name. */
export interface OpenedModel {
  workbook: ExcelJS.Workbook;
  packageBytes: Uint8Array;
  downloadName: string;
}

/**
 * Opens any file the CLI reads. An .xlsx or .xlsm loads as it is, formatting and all. Anything else
 * (.xls, .xlsb, .ods, .csv), or an OOXML package ExcelJS cannot load (Strict OOXML, UTF-16 parts),
 * goes through the project's own reader, as on the command line: the model is then its values, and
 * Download gives the same package `qipp rollup` writes (the file itself for OOXML, else a new .xlsx
 * of its values). A file nothing can read gets the CLI's one-line reason, never a library's.
 */
export async function openModel(fileName: string, bytes: Uint8Array): Promise<OpenedModel> {
  if (/\.xls[xm]$/i.test(fileName)) {
    const workbook = new ExcelJS.Workbook();
    try {
      await measured(PREVIEW_OPEN_MEASURE, () => workbook.xlsx.load(bytes.slice().buffer));
      return { workbook, packageBytes: bytes, downloadName: fileName };
    } catch {
      // Read below, as the CLI reads it.
    }
  }
  const [{ readSpreadsheet }, { gridsToXlsx }] = await Promise.all([import("../host/files/read"), import("../host/files/grids-xlsx")]);
  let file;
  try {
    file = await measured(PREVIEW_OPEN_MEASURE, () => readSpreadsheet(fileName, bytes));
  } catch (reason) {
    if (reason instanceof FileReadError) throw new Error(`${fileName}: ${reason.message}`, { cause: reason });
    throw new Error(`${fileName}: the file could not be read: ${SAVE_AGAIN}`, { cause: reason });
  }
  const packageBytes = await file.outputPackage();
  const workbook = new ExcelJS.Workbook();
  await measured(PREVIEW_OPEN_MEASURE, () => workbook.xlsx.load(gridsToXlsx(file.sheets).slice().buffer));
  return { workbook, packageBytes, downloadName: fileName.replace(/\.[^.]*$/, "") + outputExtension(file.format) };
}
