import ExcelJS from "exceljs";
import type { SheetGrid } from "../src/core/grid";
import { createNodeFakeExcel, type FakeExcel } from "../src/host/fake-excel/node";
import { OfficeWorkbook } from "../src/host/office/workbook";

export async function loadExcelJs(xlsx: Buffer): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(xlsx as unknown as ExcelJS.Buffer);
  return workbook;
}

/** The floor: ExcelJS parses the file and every stored cell's value is touched once. Returns the cell count. */
export async function excelJsValues(xlsx: Buffer): Promise<number> {
  const workbook = await loadExcelJs(xlsx);
  let cells = 0;
  workbook.eachSheet((sheet) =>
    sheet.eachRow((row) =>
      row.eachCell((cell) => {
        if (cell.value !== undefined) cells++;
      }),
    ),
  );
  return cells;
}

/** The Office.js read: the add-in's office host over the emulator, from a workbook already in memory (as in Excel). */
export async function officeRead(workbook: ExcelJS.Workbook): Promise<{ grids: SheetGrid[]; emulator: FakeExcel }> {
  const emulator = createNodeFakeExcel(workbook);
  const grids = await new OfficeWorkbook(emulator.run, { name: "national.xlsx" }).readSheets();
  return { grids, emulator };
}
