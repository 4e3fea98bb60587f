import type ExcelJS from "exceljs";
import { boundsAddress, quoteSheetName } from "../exceljs-cells";
import { readExcelValue, readNumberFormat } from "./cell-values";
import { readFormula } from "./formulas";
import type { RangeTarget } from "./range";

/** Range properties as a sync returns them, read without creating the cells ExcelJS never stored. */
export function readRangeProperties({ sheet, bounds }: RangeTarget, names: string[], unknown: (name: string) => never): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  const grid = (read: (cell: ExcelJS.Cell) => unknown) => {
    const rows: unknown[][] = [];
    for (let r = bounds.top; r <= bounds.bottom; r++) {
      const row = sheet.findRow(r + 1);
      const values: unknown[] = [];
      for (let c = bounds.left; c <= bounds.right; c++) values.push(read(row?.findCell(c + 1) ?? EMPTY_CELL));
      rows.push(values);
    }
    return rows;
  };
  for (const name of names) {
    if (name === "address") out.address = `${quoteSheetName(sheet.name)}!${boundsAddress(bounds)}`;
    else if (name === "values") out.values = grid(readExcelValue);
    else if (name === "formulas") out.formulas = grid(readFormula);
    else if (name === "numberFormat") out.numberFormat = grid(readNumberFormat);
    else if (name === "rowCount") out.rowCount = bounds.bottom - bounds.top + 1;
    else if (name === "columnCount") out.columnCount = bounds.right - bounds.left + 1;
    else if (name === "rowIndex") out.rowIndex = bounds.top;
    else if (name === "columnIndex") out.columnIndex = bounds.left;
    else if (name === "hyperlink") out.hyperlink = readHyperlink(sheet.getCell(bounds.top + 1, bounds.left + 1));
    else unknown(name);
  }
  return out;
}

/** Stands in for a cell ExcelJS never stored, so reading does not create it. */
const EMPTY_CELL = { type: 0, value: null, numFmt: undefined } as unknown as ExcelJS.Cell;

function readHyperlink(cell: ExcelJS.Cell): Excel.RangeHyperlink {
  const value = cell.value as { hyperlink?: string; text?: unknown } | null;
  if (!value || typeof value !== "object" || typeof value.hyperlink !== "string") return {};
  const internal = /^[^!]+![A-Z]+\d+$/i.test(value.hyperlink);
  return internal ? { documentReference: value.hyperlink, textToDisplay: String(readExcelValue(cell)) } : { address: value.hyperlink, textToDisplay: String(readExcelValue(cell)) };
}
