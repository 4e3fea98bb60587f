import { cellText, columnLetters, type CellValue, type SheetGrid } from "../grid";
import type { Unit } from "../money";
import type { PackIndex } from "../rules/match";
import { IN_YEAR_FIELDS, type Amount, type DeclaredTotal, type FieldName, type InYearField, type Plan, type Scheme, type TextField, type Year } from "../types";

import { readAmount, readNumber, readText } from "./cells";
import type { Header } from "./header";
import { readInYear, type InYearColumn } from "./in-year";
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
const IN_YEAR = new Set<FieldName>(IN_YEAR_FIELDS);

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

  // Column lists worked out once per sheet: the loop below runs for every row of every plan.
  const col = (c: number) => ({ rel: rel(c), letters: columnLetters(c), unit: unitOf(c) });
  const textCols = [...fieldCols].filter(([f]) => !MONEY_FIELDS.has(f) && !IN_YEAR.has(f) && f !== "activityChange").map(([f, c]) => ({ field: f as TextField, ...col(c) }));
  const inYearCols: InYearColumn[] = [...fieldCols].filter(([f]) => IN_YEAR.has(f)).map(([f, c]) => ({ field: f as InYearField, ...col(c) }));
  const yearList = [...yearCols].map(([year, c]) => ({ year, ...col(c) }));
  const forecastList = [...forecastCols].map(([year, c]) => ({ year, ...col(c) }));
  const optional = (field: FieldName) => (fieldCols.has(field) ? col(fieldCols.get(field)!) : undefined);
  const [totalCol, managementCol, activityCol] = [optional("total"), optional("managementCost"), optional("activityChange")];

  const schemes: Scheme[] = [];
  const totals: DeclaredTotal[] = [];
  let sinceTotal = 0;
  for (let row = header.row + 1; row < grid.top + grid.values.length; row++) {
    const cells = grid.values[row - grid.top] ?? [];
    const kind = classifyRow(cells, layout);
    if (kind === "blank" || kind === "section" || repeatsHeader(cells, header, grid.left)) continue;
    const rowLabel = String(row + 1);
    const amount = (c: { rel: number; letters: string; unit: Unit } | undefined) =>
      c === undefined ? undefined : readAmount(cells[c.rel] ?? null, c.letters + rowLabel, c.unit);
    const savings: Record<Year, Amount> = {};
    for (const c of yearList) savings[c.year] = amount(c)!;
    if (kind === "total") {
      totals.push({
        workbook: ctx.workbook, sheet: grid.name, row: row + 1, label: totalLabel(cells, layout.labelCols),
        fromScheme: sinceTotal, toScheme: schemes.length, savings, total: amount(totalCol), managementCost: amount(managementCol),
      });
      sinceTotal = schemes.length;
      continue;
    }
    const scheme: Scheme = { workbook: ctx.workbook, sheet: grid.name, row: row + 1, text: {}, savings, forecast: {}, rag: "unrated" };
    for (const c of textCols) scheme.text[c.field] = readText(cells[c.rel] ?? null, c.letters + rowLabel);
    for (const c of forecastList) scheme.forecast[c.year] = amount(c)!;
    scheme.total = amount(totalCol);
    scheme.managementCost = managementCol && readManagementCost(cells[managementCol.rel] ?? null, managementCol.letters + rowLabel, managementCol.unit);
    if (activityCol) scheme.activityChange = readNumber(cells[activityCol.rel] ?? null, activityCol.letters + rowLabel);
    if (inYearCols.length > 0) readInYear(scheme, cells, inYearCols, rowLabel);
    resolveScheme(scheme, ctx.index);
    schemes.push(scheme);
  }
  const letters = (m: Map<string, number>) => Object.fromEntries([...m].map(([k, c]) => [k, columnLetters(c)]));
  return { schemes, totals, columns: letters(fieldCols), yearColumns: letters(yearCols), forecastColumns: letters(forecastCols) };
}

/** "Yes"/"Y" marks the whole scheme as management cost; a number is the management part in money. */
function readManagementCost(raw: CellValue, cell: string, unit: Unit): Amount {
  if (typeof raw === "boolean" || (typeof raw === "string" && /^(y|yes|true|no|n|false)$/i.test(raw.trim()))) return { cell, raw, value: null };
  return readAmount(raw, cell, unit);
}

/** A header repeated in the data (a pasted second block, a printed page break) is not a scheme. */
function repeatsHeader(cells: CellValue[], header: Header, left: number): boolean {
  let same = 0;
  for (const [col, text] of header.texts) {
    const v = cells[col - left];
    if (typeof v === "string" && v.trim() === text) same++;
  }
  return same >= Math.min(3, header.texts.size);
}

function totalLabel(cells: CellValue[], labelCols: number[]): string {
  const texts = [...labelCols.map((i) => cells[i]), ...cells].map((c) => cellText(c ?? null));
  return texts.find((t) => /total/i.test(t)) ?? "Total";
}
