import ExcelJS from "exceljs";
import { validationSheet } from "../src/core/report/validation-sheet";
import type { Finding } from "../src/core/types";
import { createNodeFakeExcel, type FakeExcelStats } from "../src/host/fake-excel/node";
import { OfficeWorkbook } from "../src/host/office/workbook";

/** `count` findings, each on a cell of the open workbook (so each carries a link), as Validate writes them. */
export function findings(count: number): Finding[] {
  return Array.from({ length: count }, (_, i) => ({
    rule: i % 3 ? "savings-not-number" : "rag-unknown",
    severity: i % 3 ? "error" : "warning",
    workbook: "national.xlsx",
    sheet: `Plan ${1 + (i % 150)}`,
    cell: `D${5 + Math.floor(i / 150)}`,
    field: "savings 2012-13",
    value: "tbc",
    message: "Savings must be a number in £000; this cell holds text.",
  }));
}

/** Writes the QIPP Validation sheet for `count` findings through Microsoft's library on the fake host. */
export async function validationWriteCosts(count: number): Promise<FakeExcelStats> {
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet("Plan 1");
  const fake = createNodeFakeExcel(wb);
  const meta = { pack: { name: "QIPP", version: "1.0.0" }, workbooks: ["national.xlsx"], generatedAt: new Date(Date.UTC(2012, 0, 1)) };
  await new OfficeWorkbook(fake.run, { name: "national.xlsx" }).writeSheets([validationSheet(findings(count), [], meta)]);
  return { ...fake.stats };
}
