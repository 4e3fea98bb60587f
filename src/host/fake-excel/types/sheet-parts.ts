import type ExcelJS from "exceljs";
import { freezeRows } from "../../exceljs/style";
import { registerType } from "./registry";
import { live } from "./worksheet";

registerType<ExcelJS.Worksheet>("WorksheetFreezePanes", {
  apiClass: "WorksheetFreezePanes",
  methods: {
    FreezeRows: (ws, [count]: number[], state) => freezeRows(live(state, ws), count ?? 1),
    Unfreeze: (ws, _args, state) => freezeRows(live(state, ws), 0),
  },
});

registerType<ExcelJS.Worksheet>("WorksheetProtection", {
  apiClass: "WorksheetProtection",
  defaultLoad: ["Protected"],
  get: { Protected: (ws) => Boolean((ws as unknown as { sheetProtection?: { sheet?: boolean } | null }).sheetProtection?.sheet) },
});
