import ExcelJS from "exceljs";
import type { QippActions } from "../app/actions";
import { createFakeExcel } from "../host/fake-excel";
import { browserExcelLibrary } from "../host/fake-excel/browser-library";
import { OfficeWorkbook } from "../host/office";
import { createQippService } from "../host/service";

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
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(data);
  const emulator = createFakeExcel(browserExcelLibrary(), workbook);
  const actions = createQippService(new OfficeWorkbook(emulator.run, { name: fileName }));
  return { id: nextId++, fileName, workbook, actions };
}

export async function workbookBlob(workbook: ExcelJS.Workbook): Promise<Blob> {
  const buffer = await workbook.xlsx.writeBuffer();
  return new Blob([buffer], { type: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" });
}
