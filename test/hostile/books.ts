import ExcelJS from "exceljs";
import type { QippActions } from "../../src/app/actions";
import { OUTPUT_SHEET_NAMES } from "../../src/core/report/model";
import { plainValue } from "../../src/host/exceljs/cells";
import { createNodeFakeExcel, type FakeExcel } from "../../src/host/fake-excel/node";
import { OfficeWorkbook } from "../../src/host/office/workbook";
import { createQippService } from "../../src/app/service";
import { XlsxWorkbook } from "../../src/host/exceljs/workbook";

export const HEADER = ["Scheme ref", "Scheme name", "National workstream", "Point of delivery", "2011-12", "2012-13", "2013-14", "2014-15", "RAG", "Lead", "Risks"];

/** One scheme row under HEADER: savings in £000. */
export function schemeRow(ref: string, name: string, savings: number[], extra: { workstream?: string; pod?: string; rag?: string; lead?: string; risks?: string } = {}): ExcelJS.CellValue[] {
  return [ref, name, extra.workstream ?? "Planned care", extra.pod ?? "Elective", ...savings, extra.rag ?? "Green", extra.lead ?? "J Smith", extra.risks ?? "None known"];
}

/** A workbook of plan sheets, each titled with its organisation and holding HEADER and the given rows. */
export function planBook(sheets: { name: string; organisation: string; rows: ExcelJS.CellValue[][] }[]): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  for (const sheet of sheets) {
    const ws = wb.addWorksheet(sheet.name);
    ws.addRow([`NHS ${sheet.organisation}`]);
    ws.addRow(["QIPP plan 2011-12 to 2014-15, £000"]);
    ws.addRow(HEADER);
    for (const row of sheet.rows) ws.addRow(row);
  }
  return wb;
}

export function smallPlans(): ExcelJS.Workbook {
  return planBook([
    { name: "Tees", organisation: "Tees", rows: [schemeRow("T1", "Outpatient follow-ups", [100, 200, 300, 400]), schemeRow("T2", "Prescribing", [50, 60, 70, 80], { rag: "Amber" })] },
    { name: "North of Tyne", organisation: "North of Tyne", rows: [schemeRow("N1", "Urgent care redesign", [10, 20, 30, 40], { rag: "Red" })] },
  ]);
}

export type Snapshot = Record<string, string[]>;

/** Every stored cell of every sheet as "A1 = value | format", in sheet order: equal snapshots are equal workbooks to a user. */
export function snapshot(wb: ExcelJS.Workbook, except: (sheet: string, address: string) => boolean = () => false): Snapshot {
  const out: Snapshot = {};
  for (const ws of wb.worksheets) {
    const cells: string[] = [];
    ws.eachRow((row) =>
      row.eachCell((cell) => {
        if (!except(ws.name, cell.address)) cells.push(`${cell.address} = ${JSON.stringify(plainValue(cell))} | ${cell.numFmt ?? ""}`);
      }),
    );
    out[ws.name] = cells;
  }
  return out;
}

export const isOutputSheet = (name: string) => (OUTPUT_SHEET_NAMES as readonly string[]).includes(name);

/** Snapshots of the user's sheets only. */
export function userSheets(snap: Snapshot): Snapshot {
  return Object.fromEntries(Object.entries(snap).filter(([name]) => !isOutputSheet(name)));
}

export const at = (iso: string) => () => new Date(iso);

export function officeService(wb: ExcelJS.Workbook, now = at("2012-01-01T09:00:00Z"), retryMs = 0): { service: QippActions; emulator: FakeExcel } {
  const emulator = createNodeFakeExcel(wb);
  return { service: createQippService(new OfficeWorkbook(emulator.run, { name: "plans.xlsx", cellEditRetryMs: retryMs }), { now }), emulator };
}

export function xlsxService(wb: ExcelJS.Workbook, now = at("2012-01-01T09:00:00Z")): { service: QippActions; port: XlsxWorkbook } {
  const port = new XlsxWorkbook("plans.xlsx", wb);
  return { service: createQippService(port, { now }), port };
}

export async function reload(data: Uint8Array): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(data as unknown as ExcelJS.Buffer);
  return wb;
}

export async function expectOk<T>(result: Promise<{ ok: true; value: T } | { ok: false; message: string }>): Promise<T> {
  const r = await result;
  if (!r.ok) throw new Error(`Expected success, got: ${r.message}`);
  return r.value;
}
