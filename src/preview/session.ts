import ExcelJS from "exceljs";
import type { QippActions } from "../app/actions";
import { createFakeExcel } from "../host/fake-excel";
import { browserExcelLibrary } from "../host/fake-excel/browser-library";
import { OfficeWorkbook } from "../host/office/workbook";
import { createQippService } from "../app/service";
import { yieldToHost } from "../app/yield-to-host";
import { recordOutputs } from "./package-download";
import { officeCellEditor } from "../host/office/cell-editor";
import { officeTemplateWriter } from "../host/office/template";
import { FileReadError, SAVE_AGAIN } from "../host/files/errors";
import { measured, PREVIEW_OPEN_MEASURE } from "./open-measure";

const downloads = new WeakMap<ExcelJS.Workbook, () => Uint8Array>();

/** One workbook open in the preview: the ExcelJS workbook the fake Excel host edits, and the pane's actions over it. */
export interface PreviewSession {
  id: number;
  fileName: string;
  workbook: ExcelJS.Workbook;
  actions: QippActions;
}

let nextId = 1;

/** Loaded lazily (with ExcelJS) by the preview page; the same service runs inside Excel. */
export async function openSession(fileName: string, data: ArrayBuffer): Promise<PreviewSession> {
  const original = new Uint8Array(data.slice(0));
  const workbook = new ExcelJS.Workbook();
  try {
    await measured(PREVIEW_OPEN_MEASURE, () => workbook.xlsx.load(data));
  } catch (error) {
    throw new Error(await openFailure(fileName, original, error), { cause: error });
  }
  const emulator = createFakeExcel(browserExcelLibrary(), workbook, { answerInOwnTask: yieldToHost });
  const run = emulator.runWith({ delayForCellEdit: true }); // as the add-in runs (host/office/excel-run.ts)
  const recorded = recordOutputs(new OfficeWorkbook(run, { name: fileName, yieldToHost }), original);
  downloads.set(workbook, recorded.download);
  // The fake host models the data validation (ExcelApi 1.8) and conditional formats (1.6) a template uses.
  const actions = createQippService(recorded.port, {
    cells: officeCellEditor(run),
    templates: officeTemplateWriter(run, (name, version) => emulator.isSetSupported(name, version)),
    yieldToHost, // the engine pauses between steps so the pane never freezes
  });
  return { id: nextId++, fileName, workbook, actions };
}

/**
 * The same one-line reason the CLI gives ("plan.xlsx: encrypted: remove the password in Excel and
 * save again"), never the zip library's ("Corrupted zip: can't find end of central directory").
 */
async function openFailure(fileName: string, bytes: Uint8Array, error: unknown): Promise<string> {
  const { readSpreadsheet } = await import("../host/files/read");
  try {
    await readSpreadsheet(fileName, bytes);
  } catch (reason) {
    if (reason instanceof FileReadError) return `${fileName}: ${reason.message}`;
  }
  // Readable as a plan file but not as a workbook the preview can edit (e.g. .xls, .ods, .csv).
  void error;
  return `${fileName}: the preview opens .xlsx workbooks only: ${SAVE_AGAIN}`;
}

export async function workbookBlob(workbook: ExcelJS.Workbook): Promise<Blob> {
  const download = downloads.get(workbook);
  const buffer = download ? download() : await workbook.xlsx.writeBuffer();
  return new Blob([buffer as BlobPart], { type: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" });
}
