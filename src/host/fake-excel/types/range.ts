import type ExcelJS from "exceljs";
import { boundsAddress, quoteSheetName, type Bounds } from "../../exceljs/cells";
import { readExcelValue, readNumberFormat, writeExcelValue } from "../model/cell-values";
import { HostError } from "../model/errors";
import { readFormula, writeFormula } from "../model/formulas";
import { copyAll, copySource } from "../model/range-copy";
import { readHyperlink, readGrid } from "../model/range-read";
import type { RangeTarget } from "../model/target";
import { usedBoundsWithin } from "../model/used-bounds";
import type { FakeExcelState } from "../state";
import { object, registerType, type HostObject } from "./registry";
import { live } from "./worksheet";

/** Applies a 2-D array (or one value for every cell), which must match the range's shape. */
export function eachCell(target: RangeTarget, input: unknown, apply: (cell: ExcelJS.Cell, value: unknown) => void): void {
  const { sheet, bounds } = target;
  const rows = bounds.bottom - bounds.top + 1;
  const cols = bounds.right - bounds.left + 1;
  const grid = Array.isArray(input) ? input : null;
  if (grid && (grid.length !== rows || grid.some((row) => !Array.isArray(row) || row.length !== cols))) {
    throw new HostError("InvalidArgument", `The number of rows or columns in the input array doesn't match the size or dimensions of the range (${rows} x ${cols}).`);
  }
  for (let r = 0; r < rows; r++) {
    const row = sheet.getRow(bounds.top + r + 1);
    for (let c = 0; c < cols; c++) apply(row.getCell(bounds.left + c + 1), grid ? (grid[r] as unknown[])[c] : input);
  }
}

function derive(state: FakeExcelState, t: RangeTarget, next: Bounds) {
  if (next.top < 0 || next.left < 0 || next.bottom < next.top || next.right < next.left) throw new HostError("InvalidArgument", "The range would lie outside the sheet.");
  return object("Range", { sheet: live(state, t.sheet), bounds: next });
}

registerType<RangeTarget>("Range", {
  apiClass: "Range",
  defaultLoad: ["Address", "Values", "NumberFormat", "RowCount", "ColumnCount", "RowIndex", "ColumnIndex"],
  get: {
    Address: ({ sheet, bounds }) => `${quoteSheetName(sheet.name)}!${boundsAddress(bounds)}`,
    Values: (t, state) => readGrid(t, (cell) => readExcelValue(cell, state.workbook)),
    Formulas: (t, state) => readGrid(t, (cell) => readFormula(cell, state.workbook)),
    NumberFormat: (t) => readGrid(t, readNumberFormat),
    RowCount: ({ bounds }) => bounds.bottom - bounds.top + 1,
    ColumnCount: ({ bounds }) => bounds.right - bounds.left + 1,
    RowIndex: ({ bounds }) => bounds.top,
    ColumnIndex: ({ bounds }) => bounds.left,
    Hyperlink: ({ sheet, bounds }) => readHyperlink(sheet.getCell(bounds.top + 1, bounds.left + 1)),
  },
  set: {
    Values: (t, values: unknown, state) => {
      if (values === null || values === undefined) throw new HostError("InvalidArgument", "Range.values cannot be set to null.");
      eachCell({ sheet: live(state, t.sheet), bounds: t.bounds }, values, writeExcelValue);
    },
    Formulas: (t, formulas: unknown, state) => {
      if (formulas === null || formulas === undefined) throw new HostError("InvalidArgument", "Range.formulas cannot be set to null.");
      eachCell({ sheet: live(state, t.sheet), bounds: t.bounds }, formulas, writeFormula);
    },
    // As in Excel: null leaves a cell's format alone, "" resets it to General.
    NumberFormat: (t, formats: unknown, state) =>
      eachCell({ sheet: live(state, t.sheet), bounds: t.bounds }, formats, (cell, format) => {
        if (format === null || format === undefined) return;
        if (typeof format !== "string") throw new HostError("InvalidArgument", "A number format must be text.");
        cell.numFmt = format === "" ? "General" : format;
      }),
    Hyperlink: ({ sheet, bounds }, link: Excel.RangeHyperlink, state) => {
      const cell = live(state, sheet).getCell(bounds.top + 1, bounds.left + 1);
      const target = link?.documentReference ?? link?.address;
      if (!target) throw new HostError("InvalidArgument", "A hyperlink needs an address or a documentReference.");
      state.countHyperlink(cell);
      cell.value = { text: link.textToDisplay ?? String(readExcelValue(cell, state.workbook)), hyperlink: target };
    },
  },
  nav: {
    Format: (t) => object("RangeFormat", t),
    DataValidation: (t) => object("DataValidation", t),
    ConditionalFormats: (t) => object("ConditionalFormatCollection", t),
    Worksheet: (t) => object("Worksheet", t.sheet),
  },
  methods: {
    // The library sends this before a large values/numberFormat array: the shape must match the range.
    _ValidateArraySize: ({ bounds }, [rows, columns]: number[]) => {
      if (rows !== bounds.bottom - bounds.top + 1 || columns !== bounds.right - bounds.left + 1) {
        throw new HostError("InvalidArgument", "The number of rows or columns in the input array doesn't match the size or dimensions of the range.");
      }
    },
    Select: ({ sheet, bounds }, _args, state) => {
      state.activeSheet = live(state, sheet);
      state.selection = { sheet: sheet.name, address: boundsAddress(bounds) };
    },
    GetCell: (t, [row, column]: number[], state) => derive(state, t, { top: t.bounds.top + row, left: t.bounds.left + column, bottom: t.bounds.top + row, right: t.bounds.left + column }),
    GetRow: (t, [row]: number[], state) => derive(state, t, { ...t.bounds, top: t.bounds.top + row, bottom: t.bounds.top + row }),
    GetColumn: (t, [column]: number[], state) => derive(state, t, { ...t.bounds, left: t.bounds.left + column, right: t.bounds.left + column }),
    GetBoundingRect: (t, [other]: HostObject[], state) => {
      const o = other?.value as RangeTarget | null;
      if (!o || o.sheet !== t.sheet) throw new HostError("InvalidArgument", "The ranges must be on the same worksheet.");
      const b = { top: Math.min(t.bounds.top, o.bounds.top), left: Math.min(t.bounds.left, o.bounds.left), bottom: Math.max(t.bounds.bottom, o.bounds.bottom), right: Math.max(t.bounds.right, o.bounds.right) };
      return derive(state, t, b);
    },
    GetOffsetRange: (t, [rows, columns]: number[], state) =>
      derive(state, t, { top: t.bounds.top + rows, left: t.bounds.left + columns, bottom: t.bounds.bottom + rows, right: t.bounds.right + columns }),
    GetResizedRange: (t, [rows, columns]: number[], state) => derive(state, t, { ...t.bounds, bottom: t.bounds.bottom + rows, right: t.bounds.right + columns }),
    GetUsedRangeOrNullObject: (t, _args, state) => {
      const used = usedBoundsWithin(live(state, t.sheet), t.bounds);
      return object("Range", used ? { sheet: t.sheet, bounds: used } : null);
    },
    CopyFrom: (t, [source, copyType]: unknown[], state) => copyAll(copySource(state.workbook, t, source), { sheet: live(state, t.sheet), bounds: t.bounds }, copyType),
    Clear: (t, [applyTo]: string[], state) => {
      const sheet = live(state, t.sheet);
      eachCell({ sheet, bounds: t.bounds }, null, (cell) => {
        if (applyTo !== "Formats") cell.value = null;
        if (applyTo !== "Contents") cell.style = {};
      });
    },
    /** Range.group: one more outline level on each row or column. */
    Group: ({ sheet, bounds }, [option]: string[], state) => {
      live(state, sheet);
      if (option === "ByRows") for (let r = bounds.top; r <= bounds.bottom; r++) sheet.getRow(r + 1).outlineLevel = (sheet.getRow(r + 1).outlineLevel ?? 0) + 1;
      else for (let c = bounds.left; c <= bounds.right; c++) sheet.getColumn(c + 1).outlineLevel = (sheet.getColumn(c + 1).outlineLevel ?? 0) + 1;
    },
  },
});
