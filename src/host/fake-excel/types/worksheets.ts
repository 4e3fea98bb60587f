import type ExcelJS from "exceljs";
import { findSheet } from "../../exceljs/cells";
import { HostError } from "../model/errors";
import { checkNewName } from "../model/sheet-admin";
import type { FakeExcelState } from "../state";
import { object, registerType } from "./registry";

function find(state: FakeExcelState, key: unknown): ExcelJS.Worksheet | undefined {
  const text = String(key);
  return state.sheetById(text) ?? findSheet(state.workbook, text);
}

registerType<object>("WorksheetCollection", {
  apiClass: "WorksheetCollection",
  indexer: (_c, [key], state) => {
    const ws = find(state, key);
    if (!ws) throw new HostError("ItemNotFound", `The requested resource doesn't exist.`, "WorksheetCollection.getItem");
    return object("Worksheet", ws);
  },
  items: (_c, state) => state.workbook.worksheets.map((ws) => object("Worksheet", ws)),
  methods: {
    GetItem: (_c, [key], state) => {
      const ws = find(state, key);
      if (!ws) throw new HostError("ItemNotFound", `The requested resource doesn't exist.`, "WorksheetCollection.getItem");
      return object("Worksheet", ws);
    },
    GetItemOrNullObject: (_c, [key], state) => object("Worksheet", find(state, key) ?? null),
    GetItemAt: (_c, [index], state) => object("Worksheet", state.workbook.worksheets[Number(index)] ?? null),
    GetCount: (_c, _args, state) => state.workbook.worksheets.length,
    Add: (_c, [name]: (string | undefined)[], state) => {
      const wb = state.workbook;
      let sheetName = name;
      for (let n = wb.worksheets.length + 1; !sheetName || findSheet(wb, sheetName); n++) {
        if (name) break;
        sheetName = `Sheet${n}`;
      }
      checkNewName(wb, sheetName!);
      return object("Worksheet", wb.addWorksheet(sheetName));
    },
  },
});
