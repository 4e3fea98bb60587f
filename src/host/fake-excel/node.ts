import type ExcelJS from "exceljs";
import { createFakeExcel, type FakeExcel, type FakeExcelOptions } from "./index";
import { nodeExcelLibrary } from "./node-library";

export * from "./index";

/** The fake Excel host behind Microsoft's library, on Node (tests, bench). */
export function createNodeFakeExcel(workbook: ExcelJS.Workbook, options: FakeExcelOptions = {}): FakeExcel {
  return createFakeExcel(nodeExcelLibrary(), workbook, options);
}
