import ExcelJS from "exceljs";
import type { CellValue, SheetGrid } from "../../core/grid";
import type { OutputSheet } from "../../core/report/model";
import type { WorkbookPort, WriteResult } from "../../app/workbook-port";
import { findSheet, isoDate, plainValue, usedBounds } from "./cells";
import { planTargets } from "../output-plan";
import { addModelTable, writeModelCells } from "./write";

/** The workbook port over an ExcelJS workbook: the CLI, tests and the pane's "Add plan files". */
export class XlsxWorkbook implements WorkbookPort {
  constructor(
    readonly name: string,
    readonly workbook: ExcelJS.Workbook,
  ) {}

  static async fromBuffer(name: string, data: ArrayBuffer | Buffer): Promise<XlsxWorkbook> {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(data as ArrayBuffer);
    return new XlsxWorkbook(name, workbook);
  }

  /** The workbook as .xlsx bytes (a Uint8Array, so it works in the browser too; Node's Buffer is one). */
  async toBuffer(): Promise<Uint8Array> {
    const data = await this.workbook.xlsx.writeBuffer();
    return data instanceof Uint8Array ? data : new Uint8Array(data as ArrayBuffer);
  }

  async listSheets(): Promise<string[]> {
    return this.workbook.worksheets.map((ws) => ws.name);
  }

  async readSheets(names?: string[]): Promise<SheetGrid[]> {
    const sheets = names ? names.map((n) => findSheet(this.workbook, n)).filter((ws) => ws !== undefined) : this.workbook.worksheets;
    return sheets.map(readGrid);
  }

  async writeSheets(models: OutputSheet[]): Promise<WriteResult> {
    const existing = this.workbook.worksheets.map((ws) => ({ name: ws.name, a2: plainValue(ws.getCell("A2")) }));
    const { targets, renamed } = planTargets(models, existing);
    // Build every new sheet in full first, so a failure leaves the old ones in place.
    const built = targets.map((target) => {
      const stale = findSheet(this.workbook, target.tempName);
      if (stale) this.workbook.removeWorksheet(stale.id);
      const sheet = this.workbook.addWorksheet(target.tempName);
      writeModelCells(sheet, target.model);
      return { target, sheet };
    });
    for (const { target, sheet } of built) {
      const old = target.replaces ? findSheet(this.workbook, target.replaces) : undefined;
      if (old) {
        (sheet as Ordered).orderNo = (old as Ordered).orderNo;
        this.workbook.removeWorksheet(old.id);
      }
      sheet.name = target.name;
      addModelTable(sheet, target.model);
    }
    return { written: targets.map((t) => t.name), renamed };
  }

  async selectCell(sheet: string, cell: string): Promise<void> {
    const ws = findSheet(this.workbook, sheet);
    if (!ws) throw new Error(`There is no sheet named "${sheet}" in ${this.name}.`);
    ws.views = [{ ...(ws.views[0] ?? {}), activeCell: cell }];
    this.workbook.views = [{ x: 0, y: 0, width: 10000, height: 20000, firstSheet: 0, activeTab: this.workbook.worksheets.indexOf(ws), visibility: "visible" }];
  }
}

/** ExcelJS orders sheets by this field, which its typings leave out. */
type Ordered = ExcelJS.Worksheet & { orderNo: number };

function readGrid(sheet: ExcelJS.Worksheet): SheetGrid {
  const bounds = usedBounds(sheet);
  if (!bounds) return { name: sheet.name, values: [], top: 0, left: 0 };
  const width = bounds.right - bounds.left + 1;
  const values: CellValue[][] = Array.from({ length: bounds.bottom - bounds.top + 1 }, () => new Array<CellValue>(width).fill(null));
  // Visit only the stored cells: getRow/getCell would create every empty one of a sparse sheet.
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    row.eachCell({ includeEmpty: false }, (cell, colNumber) => {
      const v = plainValue(cell);
      if (v !== null && v !== "") values[rowNumber - 1 - bounds.top][colNumber - 1 - bounds.left] = v instanceof Date ? isoDate(v) : v;
    });
  });
  return { name: sheet.name, values, top: bounds.top, left: bounds.left };
}
