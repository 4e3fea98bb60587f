import { columnLetters } from "../../src/core/grid";
import { toPence } from "../../src/core/money";
import type { Amount, Plan, RagOrUnrated, Scheme, Year } from "../../src/core/types";

export const YEARS: Year[] = ["2011-12", "2012-13", "2013-14", "2014-15"];

/** A money Amount from £000 (as a plan states it) at a cell. */
export function amount(thousands: number | null, cell = "A1"): Amount {
  return { cell, raw: thousands, value: thousands === null ? null : toPence(thousands) };
}

export interface SchemeSpec {
  workbook?: string;
  sheet?: string;
  row?: number;
  name?: string;
  ref?: string;
  /** Savings in £000 by year, in YEARS order (missing years are blank). */
  savings?: (number | null)[];
  /** Forecasts in £000 by year. */
  forecast?: Partial<Record<Year, number | null>>;
  rag?: RagOrUnrated;
  organisation?: string;
  shaCode?: string;
  workstream?: string;
  pointOfDelivery?: string;
  /** A number in £000, or a text such as "yes". */
  managementCost?: number | string;
}

/** A scheme with sensible defaults: row 5 of "Plan" in "plan.xlsx", £100k a year, green. */
export function makeScheme(spec: SchemeSpec = {}): Scheme {
  const row = spec.row ?? 5;
  const yearCell = (i: number) => `${columnLetters(4 + i)}${row}`;
  const savings: Record<Year, Amount> = {};
  (spec.savings ?? [100, 100, 100, 100]).forEach((v, i) => (savings[YEARS[i]] = amount(v, yearCell(i))));
  const forecast: Record<Year, Amount> = {};
  for (const [year, v] of Object.entries(spec.forecast ?? {})) forecast[year] = amount(v ?? null, `J${row}`);
  const mc = spec.managementCost;
  return {
    workbook: spec.workbook ?? "plan.xlsx",
    sheet: spec.sheet ?? "Plan",
    row,
    text: {
      schemeRef: { cell: `A${row}`, raw: spec.ref ?? `S${row}`, text: spec.ref ?? `S${row}` },
      schemeName: { cell: `B${row}`, raw: spec.name ?? `Scheme ${row}`, text: spec.name ?? `Scheme ${row}` },
    },
    savings,
    forecast,
    managementCost:
      mc === undefined ? undefined : typeof mc === "number" ? amount(mc, `K${row}`) : { cell: `K${row}`, raw: mc, value: null, issue: "text" },
    organisation: spec.organisation,
    shaCode: spec.shaCode,
    // An explicit `workstream: undefined` means none.
    workstream: "workstream" in spec ? spec.workstream : "Right Care",
    pointOfDelivery: spec.pointOfDelivery,
    rag: spec.rag ?? "green",
  };
}

export interface PlanSpec {
  workbook?: string;
  sheet?: string;
  /** Organisation as written; matched to the pack when `matched` is given. */
  organisation?: string;
  matched?: string;
  shaCode?: string;
  /** £000. */
  budget?: number;
  declaredRag?: "red" | "amber" | "green";
  schemes?: SchemeSpec[];
}

/** A plan of the given schemes (each placed in this plan's workbook and sheet, rows 5, 6, …). */
export function makePlan(spec: PlanSpec = {}): Plan {
  const workbook = spec.workbook ?? "plan.xlsx";
  const sheet = spec.sheet ?? "Plan";
  const organisation = spec.organisation ?? spec.matched ?? "Tees";
  const schemes = (spec.schemes ?? [{}]).map((s, i) => makeScheme({ row: 5 + i, ...s, workbook, sheet }));
  return {
    workbook,
    sheet,
    headerRow: 4,
    unit: "thousands",
    columns: { schemeRef: "A", schemeName: "B", workstream: "C", rag: "D" },
    yearColumns: Object.fromEntries(YEARS.map((y, i) => [y, columnLetters(4 + i)])),
    forecastColumns: {},
    organisation: { name: organisation, source: "label", cell: "B2", matched: spec.matched, shaCode: spec.shaCode },
    budget: spec.budget === undefined ? undefined : { pence: toPence(spec.budget), cell: "B3", sheet },
    declaredRag: spec.declaredRag === undefined ? undefined : { rag: spec.declaredRag, cell: "D2", sheet },
    schemes,
    totals: [],
  };
}
