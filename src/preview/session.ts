import ExcelJS from "exceljs";
import type { QippActions } from "../app/actions";
import { createExcelEmulator } from "../host/emulator";
import { OfficeWorkbook } from "../host/office";
import { createQippService } from "../host/service";
import { officeCellEditor } from "../host/office-fix";
import { officeTemplateWriter } from "../host/office-template";

/** One workbook open in the preview: the ExcelJS workbook the emulator edits, and the pane's actions over it. */
export interface PreviewSession {
  id: number;
  fileName: string;
  workbook: ExcelJS.Workbook;
  actions: QippActions;
}

let nextId = 1;

/** Loaded lazily (with ExcelJS) by the preview page; the same service runs inside Excel. */
export async function openSession(fileName: string, data: ArrayBuffer): Promise<PreviewSession> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(data);
  const emulator = createExcelEmulator(workbook);
  // The emulator models the data validation (ExcelApi 1.8) and conditional formats (1.6) a template uses.
  const actions = createQippService(new OfficeWorkbook(emulator.run, { name: fileName }), {
    cells: officeCellEditor(emulator.run),
    templates: officeTemplateWriter(emulator.run, (name, version) => name === "ExcelApi" && (version === "1.6" || version === "1.8")),
  });
  return { id: nextId++, fileName, workbook, actions };
}

export async function workbookBlob(workbook: ExcelJS.Workbook): Promise<Blob> {
  const buffer = await workbook.xlsx.writeBuffer();
  return new Blob([buffer], { type: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" });
}
