import ExcelJS from "exceljs";
import type { QippActions } from "../app/actions";
import { createFakeExcel } from "../host/fake-excel";
import { browserExcelLibrary } from "../host/fake-excel/browser-library";
import { OfficeWorkbook } from "../host/office/workbook";
import { createQippService } from "../app/service";
import { recordOutputs } from "./package-download";
import { officeCellEditor } from "../host/office/cell-editor";
import { officeTemplateWriter } from "../host/office/template";

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
  await workbook.xlsx.load(data);
  const emulator = createFakeExcel(browserExcelLibrary(), workbook);
  const run = emulator.runWith({ delayForCellEdit: true }); // as the add-in runs (host/office/excel-run.ts)
  const recorded = recordOutputs(new OfficeWorkbook(run, { name: fileName }), original);
  downloads.set(workbook, recorded.download);
  // The fake host models the data validation (ExcelApi 1.8) and conditional formats (1.6) a template uses.
  const actions = createQippService(recorded.port, {
    cells: officeCellEditor(run),
    templates: officeTemplateWriter(run, (name, version) => emulator.isSetSupported(name, version)),
  });
  return { id: nextId++, fileName, workbook, actions };
}

export async function workbookBlob(workbook: ExcelJS.Workbook): Promise<Blob> {
  const download = downloads.get(workbook);
  const buffer = download ? download() : await workbook.xlsx.writeBuffer();
  return new Blob([buffer as BlobPart], { type: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" });
}
