import ExcelJS from "exceljs";
import { OUTPUT_MARKER, type OutputSheet } from "../../src/core/report/model";
import { createNodeFakeExcel, LATEST_EXCEL_API, type ApiLevel, type FakeExcel } from "../../src/host/fake-excel/node";
import { MANIFEST_MIN_EXCEL_API } from "../../src/host/office/requirements";
import { OfficeWorkbook } from "../../src/host/office/workbook";
import type { WorkbookPort } from "../../src/app/workbook-port";
import { XlsxWorkbook } from "../../src/host/exceljs/workbook";

export interface HostUnderTest {
  port: WorkbookPort;
  /** The ExcelJS workbook the host writes to, for assertions. */
  workbook: ExcelJS.Workbook;
  selected(): { sheet: string; cell: string } | null;
  emulator?: FakeExcel;
}

/** The Office.js host runs at the manifest's minimum requirement set and at the latest. */
export const OFFICE_LEVELS: ApiLevel[] = [MANIFEST_MIN_EXCEL_API as ApiLevel, LATEST_EXCEL_API];

export const hosts: [string, (wb: ExcelJS.Workbook) => HostUnderTest][] = [
  ["xlsx", (wb) => ({ port: new XlsxWorkbook("test.xlsx", wb), workbook: wb, selected: () => xlsxSelection(wb) })],
  ...OFFICE_LEVELS.map((level): [string, (wb: ExcelJS.Workbook) => HostUnderTest] => [
    `office at ExcelApi ${level}`,
    (wb) => {
      const emulator = createNodeFakeExcel(wb, { level });
      const port = new OfficeWorkbook(emulator.run, { cellEditRetryMs: 0, supports: (v) => emulator.isSetSupported("ExcelApi", v) });
      return { port, workbook: wb, emulator, selected: () => (emulator.selection() ? { sheet: emulator.selection()!.sheet, cell: emulator.selection()!.address } : null) };
    },
  ]),
];

function xlsxSelection(wb: ExcelJS.Workbook): { sheet: string; cell: string } | null {
  const tab = wb.views?.[0]?.activeTab;
  if (tab === undefined) return null;
  const ws = wb.worksheets[tab];
  const cell = (ws.views[0] as { activeCell?: string } | undefined)?.activeCell;
  return cell ? { sheet: ws.name, cell } : null;
}

/** A plan-like sheet with every kind of cell the readers must flatten. */
export function sourceWorkbook(): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  const plan = wb.addWorksheet("Plan");
  plan.getCell("B3").value = "Scheme";
  plan.getCell("C3").value = "Saving";
  plan.getCell("D3").value = "Double";
  plan.getCell("E3").value = "Broken";
  plan.getCell("B4").value = "Scheme A";
  plan.getCell("C4").value = 12.5;
  plan.getCell("D4").value = { formula: "C4*2", result: 25 } as ExcelJS.CellValue;
  plan.getCell("E4").value = { error: "#REF!" } as ExcelJS.CellValue;
  plan.getCell("B5").value = { richText: [{ text: "Rich " }, { font: { bold: true }, text: "text" }] };
  plan.getCell("C5").value = new Date(Date.UTC(2012, 3, 1));
  plan.getCell("C5").numFmt = "dd/mm/yyyy";
  plan.getCell("B6").value = { text: "Linked", hyperlink: "https://example.org" };
  plan.getCell("D6").value = { sharedFormula: "D4", result: 30 } as unknown as ExcelJS.CellValue;
  plan.getCell("C7").value = "Merged";
  plan.mergeCells("C7:D7");
  wb.addWorksheet("Cover").getCell("A1").value = "Organisation";
  wb.addWorksheet("Blank");
  return wb;
}

export const expectedPlanGrid = {
  name: "Plan",
  top: 2,
  left: 1,
  values: [
    ["Scheme", "Saving", "Double", "Broken"],
    ["Scheme A", 12.5, 25, "#REF!"],
    ["Rich text", "2012-04-01", null, null],
    ["Linked", null, 30, null],
    [null, "Merged", null, null],
  ],
};

export function outputModel(name: string, title = "Report"): OutputSheet {
  return {
    name,
    rows: [
      [{ value: title, bold: true }],
      [{ value: `${OUTPUT_MARKER} from test.xlsx` }],
      [{ value: "Organisation", bold: true, fill: "1F4E78", fontColor: "FFFFFF" }, { value: "Saving £000", bold: true, fill: "1F4E78", fontColor: "FFFFFF" }, { value: "Note", bold: true }],
      [{ value: "=HYPERLINK(\"http://evil\")" }, { value: 1234.5, numberFormat: "#,##0.0", fill: "C00000" }, { value: "+SUM(A1)" }],
      [{ value: "NHS Leeds", link: { sheet: "Plan", cell: "B4" }, indent: 1 }, { value: -2, numberFormat: "#,##0" }, { value: "@risk", italic: true }],
      [{ value: "00123" }, { value: null }, { value: "-12" }],
    ],
    columnWidths: [30, 12, 20],
    freezeRows: 3,
    table: { name: name.replace(/\W/g, "_"), headerRow: 2, columnCount: 3 },
    groups: [{ from: 4, to: 5 }],
  };
}
