import type ExcelJS from "exceljs";
import type { Bounds } from "../../exceljs/cells";
import { parseRangeAddress } from "./address";
import { HostError } from "./errors";

const overlaps = (a: Bounds, b: Bounds) => a.top <= b.bottom && b.top <= a.bottom && a.left <= b.right && b.left <= a.right;

/**
 * TableCollection.add fails where "the table would overlap with another table"
 * (https://learn.microsoft.com/javascript/api/excel/excel.tablecollection#excel-excel-tablecollection-add-member(1));
 * a table cannot hold merged cells either, as in Excel's Insert Table.
 */
export function checkTableArea(sheet: ExcelJS.Worksheet, area: Bounds): void {
  for (const t of sheet.getTables()) {
    const ref = (t as unknown as { table?: { tableRef?: string } }).table?.tableRef;
    if (ref && overlaps(parseRangeAddress(ref), area)) throw new HostError("InvalidArgument", "A table cannot overlap another table.");
  }
  const merges = (sheet as unknown as { _merges?: Record<string, { model: { top: number; left: number; bottom: number; right: number } }> })._merges ?? {};
  for (const m of Object.values(merges)) {
    const b = { top: m.model.top - 1, left: m.model.left - 1, bottom: m.model.bottom - 1, right: m.model.right - 1 };
    if (overlaps(b, area)) throw new HostError("InvalidArgument", "A table cannot contain merged cells.");
  }
}

/** Table names share the workbook's name space with defined names (case-insensitive). */
export function isDefinedName(workbook: ExcelJS.Workbook, name: string): boolean {
  const model = workbook.definedNames.model as { name: string }[];
  return model.some((d) => d.name.toLowerCase() === name.toLowerCase());
}
