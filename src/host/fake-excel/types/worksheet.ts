import type ExcelJS from "exceljs";
import { parseRangeAddress } from "../model/address";
import { HostError } from "../model/errors";
import { breakReferencesTo } from "../model/sheet-delete";
import { usedBoundsOf } from "../model/used-bounds";
import { moveSheet, renameSheet } from "../model/sheet-admin";
import type { FakeExcelState } from "../state";
import { object, registerType } from "./registry";

/** A sheet deleted earlier in the batch cannot take more commands. */
export function live(state: FakeExcelState, ws: ExcelJS.Worksheet): ExcelJS.Worksheet {
  if (!state.workbook.worksheets.includes(ws)) throw new HostError("ItemNotFound", "The worksheet doesn't exist any more.");
  return ws;
}

function usedRange(state: FakeExcelState, ws: ExcelJS.Worksheet, orNull: boolean, valuesOnly: unknown) {
  const bounds = usedBoundsOf(live(state, ws), valuesOnly === true);
  if (bounds) return object("Range", { sheet: ws, bounds });
  return object("Range", orNull ? null : { sheet: ws, bounds: { top: 0, left: 0, bottom: 0, right: 0 } });
}

registerType<ExcelJS.Worksheet>("Worksheet", {
  apiClass: "Worksheet",
  defaultLoad: ["Name", "Position", "Id", "Visibility"],
  id: (ws, state) => state.sheetId(ws),
  get: {
    Name: (ws) => ws.name,
    Position: (ws, state) => state.workbook.worksheets.indexOf(ws),
    Id: (ws, state) => state.sheetId(ws),
    Visibility: (ws) => (ws.state === "hidden" ? "Hidden" : ws.state === "veryHidden" ? "VeryHidden" : "Visible"),
  },
  set: {
    Name: (ws, name: string, state) => renameSheet(state.workbook, live(state, ws), name),
    Position: (ws, position: number, state) => moveSheet(state.workbook, live(state, ws), position),
  },
  nav: {
    Tables: (ws) => object("TableCollection", { sheet: ws }),
    FreezePanes: (ws) => object("WorksheetFreezePanes", ws),
    Protection: (ws) => object("WorksheetProtection", ws),
    PageLayout: (ws) => object("PageLayout", ws),
  },
  methods: {
    GetRange: (ws, [address]: string[], state) => object("Range", { sheet: live(state, ws), bounds: parseRangeAddress(address ?? "A1") }),
    GetCell: (ws, [row, column]: number[], state) => object("Range", { sheet: live(state, ws), bounds: { top: row, left: column, bottom: row, right: column } }),
    GetRangeByIndexes: (ws, [row, column, rows, columns]: number[], state) =>
      object("Range", { sheet: live(state, ws), bounds: { top: row, left: column, bottom: row + rows - 1, right: column + columns - 1 } }),
    GetUsedRange: (ws, [valuesOnly]: unknown[], state) => usedRange(state, ws, false, valuesOnly),
    GetUsedRangeOrNullObject: (ws, [valuesOnly]: unknown[], state) => usedRange(state, ws, true, valuesOnly),
    Activate: (ws, _args, state) => void (state.activeSheet = live(state, ws)),
    Delete: (ws, _args, state) => {
      const wb = state.workbook;
      live(state, ws);
      // https://learn.microsoft.com/javascript/api/excel/excel.worksheet#excel-excel-worksheet-delete-member(1)
      if (ws.state === "veryHidden") throw new HostError("InvalidOperation", "A very hidden worksheet cannot be deleted: make it visible or hidden first.");
      if (wb.worksheets.filter((s) => s.state !== "hidden" && s.state !== "veryHidden").length === 1) {
        throw new HostError("InvalidOperation", "A workbook must contain at least one visible worksheet.");
      }
      const name = ws.name;
      wb.removeWorksheet(ws.id);
      breakReferencesTo(wb, name);
    },
  },
});
