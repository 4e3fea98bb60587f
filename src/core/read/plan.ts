import { a1, cellText, columnLetters, type CellValue, type SheetGrid } from "../grid";
import type { Unit } from "../money";
import type { PackIndex } from "../rules/match";
import type { Amount, DeclaredTotal, FieldName, Plan, Scheme, TextField, Year } from "../types";

import { readAmount, readNumber, readText } from "./cells";
import type { Header } from "./header";
import { classifyRow } from "./rows";
import { resolveScheme } from "./resolve";

export interface SheetContext {
  workbook: string;
  grid: SheetGrid;
  header: Header;
  unit: Unit;
  index: PackIndex;
}

const MONEY_FIELDS = new Set<FieldName>(["managementCost", "total", "forecast"]);

/** Reads the rows under a found header into schemes and declared totals. */
export function readRows(ctx: SheetContext): Pick<Plan, "schemes" | "totals" | "columns" | "yearColumns" | "forecastColumns"> {
  const { grid, header } = ctx;
  const fieldCols = new Map<FieldName, number>();
  const yearCols = new Map<Year, number>();
  const forecastCols = new Map<Year, number>();
  for (const [col, role] of header.roles) {
    if (role.kind === "field") fieldCols.set(role.field, col);
    else if (role.kind === "savings") yearCols.set(role.year, col);
    else forecastCols.set(role.year, col);
  }
  const plainForecast = fieldCols.get("forecast");
  const forecastYear = ctx.index.pack.forecastYear ?? ctx.index.pack.years[0];
  if (plainForecast !== undefined && !forecastCols.has(forecastYear)) forecastCols.set(forecastYear, plainForecast);

  const rel = (col: number) => col - grid.left;
  const tableLeft = Math.min(...[...header.roles.keys()].map(rel));
  const refCol = fieldCols.get("schemeRef");
  const nameCol = fieldCols.get("schemeName");
  const refLike = (cells: CellValue[]) =>
    refCol !== undefined && nameCol !== undefined && /\d/.test(String(cells[rel(refCol)] ?? "")) && cells[rel(nameCol)] !== null && cells[rel(nameCol)] !== "";
  const unitOf = (col: number) => header.units.get(col) ?? ctx.unit;
  const wsCol = fieldCols.get("workstream");
  const layout = {
    labelCols: [tableLeft, tableLeft + 1, ...[refCol, nameCol].filter((c) => c !== undefined).map(rel)],
    workstreamCol: wsCol === undefined ? undefined : rel(wsCol),
    refLike,
  };

  const schemes: Scheme[] = [];
  const totals: DeclaredTotal[] = [];
  let sinceTotal = 0;
  for (let row = header.row + 1; row < grid.top + grid.values.length; row++) {
    const cells = grid.values[row - grid.top] ?? [];
    const kind = classifyRow(cells, layout);
    if (kind === "blank" || kind === "section" || repeatsHeader(cells, header, grid.left)) continue;
    const at = (col: number): CellValue => cells[rel(col)] ?? null;
    const savings: Record<Year, Amount> = {};
    for (const [year, col] of yearCols) savings[year] = readAmount(at(col), row, col, unitOf(col));
    const money = (field: FieldName): Amount | undefined => {
      const col = fieldCols.get(field);
      return col === undefined ? undefined : readAmount(at(col), row, col, unitOf(col));
    };
    if (kind === "total") {
      totals.push({
        workbook: ctx.workbook, sheet: grid.name, row: row + 1, label: totalLabel(cells, layout.labelCols),
        fromScheme: sinceTotal, toScheme: schemes.length, savings, total: money("total"), managementCost: money("managementCost"),
      });
      sinceTotal = schemes.length;
      continue;
    }
    const scheme: Scheme = { workbook: ctx.workbook, sheet: grid.name, row: row + 1, text: {}, savings, forecast: {}, rag: "unrated" };
    for (const [field, col] of fieldCols) {
      if (MONEY_FIELDS.has(field) || field === "activityChange") continue;
      scheme.text[field as TextField] = readText(at(col), row, col);
    }
    for (const [year, col] of forecastCols) scheme.forecast[year] = readAmount(at(col), row, col, unitOf(col));
    scheme.total = money("total");
    scheme.managementCost = readManagementCost(at, fieldCols.get("managementCost"), row, unitOf);
    const actCol = fieldCols.get("activityChange");
    if (actCol !== undefined) scheme.activityChange = readNumber(at(actCol), row, actCol);
    resolveScheme(scheme, ctx.index);
    schemes.push(scheme);
  }
  const letters = (m: Map<string, number>) => Object.fromEntries([...m].map(([k, c]) => [k, columnLetters(c)]));
  return { schemes, totals, columns: letters(fieldCols), yearColumns: letters(yearCols), forecastColumns: letters(forecastCols) };
}

/** "Yes"/"Y" marks the whole scheme as management cost; a number is the management part in money. */
function readManagementCost(at: (col: number) => CellValue, col: number | undefined, row: number, unitOf: (col: number) => Unit): Amount | undefined {
  if (col === undefined) return undefined;
  const raw = at(col);
  if (typeof raw === "string" && /^(y|yes|true|no|n|false)$/i.test(raw.trim())) return { cell: a1(row, col), raw, value: null };
  if (typeof raw === "boolean") return { cell: a1(row, col), raw, value: null };
  return readAmount(raw, row, col, unitOf(col));
}

/** A header repeated in the data (a pasted second block, a printed page break) is not a scheme. */
function repeatsHeader(cells: CellValue[], header: Header, left: number): boolean {
  let same = 0;
  for (const [col, text] of header.texts) if (cellText(cells[col - left] ?? null) === text) same++;
  return same >= Math.min(3, header.texts.size);
}

function totalLabel(cells: CellValue[], labelCols: number[]): string {
  const texts = [...labelCols.map((i) => cells[i]), ...cells].map((c) => cellText(c ?? null));
  return texts.find((t) => /total/i.test(t)) ?? "Total";
}
