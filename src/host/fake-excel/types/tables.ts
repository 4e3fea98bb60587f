import type ExcelJS from "exceljs";
import { addTableOverCells, renameTable } from "../../exceljs/style";
import { parseRangeAddress } from "../model/address";
import { HostError } from "../model/errors";
import { checkTableArea, isDefinedName } from "../model/table-rules";
import type { FakeExcelState, TableRecord } from "../state";
import { object, registerType } from "./registry";
import { live } from "./worksheet";

interface Scope {
  /** null: the workbook's tables. */
  sheet: ExcelJS.Worksheet | null;
}

function inScope(state: FakeExcelState, scope: Scope): TableRecord[] {
  return state.liveTables().filter((t) => !scope.sheet || t.sheet === scope.sheet);
}

function find(state: FakeExcelState, scope: Scope, key: unknown): TableRecord | undefined {
  return inScope(state, scope).find((t) => t.id === key || String(t.id) === String(key) || t.name.toLowerCase() === String(key).toLowerCase());
}

function alive(state: FakeExcelState, table: TableRecord): TableRecord {
  if (!state.liveTables().includes(table)) throw new HostError("ItemNotFound", "The table doesn't exist.");
  return table;
}

registerType<Scope>("TableCollection", {
  apiClass: "TableCollection",
  items: (scope, state) => inScope(state, scope).map((t) => object("Table", t)),
  indexer: (scope, [key], state) => {
    const table = find(state, scope, key);
    if (!table) throw new HostError("ItemNotFound", "The table doesn't exist.", "TableCollection.getItem");
    return object("Table", table);
  },
  methods: {
    GetItemOrNullObject: (scope, [key], state) => object("Table", find(state, scope, key) ?? null),
    GetCount: (scope, _args, state) => inScope(state, scope).length,
    Add: (scope, [address, hasHeaders]: unknown[], state) => {
      if (!hasHeaders) throw new HostError("InvalidArgument", "The fake host models tables with headers only.");
      const text = String(address);
      const sheet = text.includes("!") ? state.workbook.getWorksheet(text.slice(0, text.lastIndexOf("!")).replace(/^'|'$/g, "").replace(/''/g, "'")) : scope.sheet;
      if (!sheet) throw new HostError("InvalidArgument", `The address "${text}" names no sheet.`);
      const b = parseRangeAddress(text);
      checkTableArea(live(state, sheet), b);
      const taken = new Set(state.liveTables().map((t) => t.name.toLowerCase()));
      let n = 1;
      while (taken.has(`table${n}`) || isDefinedName(state.workbook, `Table${n}`)) n++;
      addTableOverCells(live(state, sheet), `Table${n}`, b.top, b.left, b.bottom, b.right);
      return object("Table", state.addTable(sheet, `Table${n}`));
    },
  },
});

registerType<TableRecord>("Table", {
  apiClass: "Table",
  defaultLoad: ["Id", "Name"],
  id: (t) => t.id,
  get: { Id: (t) => t.id, Name: (t) => t.name },
  set: {
    Name: (t, name: string, state) => {
      alive(state, t);
      if (!/^[A-Za-z_\\][A-Za-z0-9_.]*$/.test(name)) throw new HostError("InvalidArgument", `"${name}" is not a valid table name.`);
      if (name.toLowerCase() !== t.name.toLowerCase() && state.liveTables().some((o) => o.name.toLowerCase() === name.toLowerCase())) {
        throw new HostError("InvalidArgument", `A table named "${name}" already exists.`);
      }
      if (isDefinedName(state.workbook, name)) throw new HostError("InvalidArgument", `"${name}" is already a defined name in this workbook.`);
      renameTable(t.sheet, t.name, name);
      t.name = name;
    },
  },
  nav: { Worksheet: (t) => object("Worksheet", t.sheet) },
  methods: {
    Delete: (t, _args, state) => {
      alive(state, t).sheet.removeTable(t.name);
    },
  },
});
