import type { Pence } from "../money";
import type { RagOrUnrated, Year } from "../types";
import { addInYearTotals, emptyInYearTotals } from "./in-year-totals";
import type { ByYear, Totals } from "./types";

export const RAGS_AND_UNRATED: readonly RagOrUnrated[] = ["red", "amber", "green", "unrated"];

export function emptyByYear(years: readonly Year[]): ByYear {
  const byYear: ByYear = { total: 0 };
  for (const year of years) byYear[year] = 0;
  return byYear;
}

export function emptyTotals(years: readonly Year[]): Totals {
  return {
    schemes: 0,
    savings: emptyByYear(years),
    qippSavings: emptyByYear(years),
    managementCost: 0,
    byWorkstream: {},
    byPointOfDelivery: {},
    ragValue: { red: 0, amber: 0, green: 0, unrated: 0 },
    ragCount: { red: 0, amber: 0, green: 0, unrated: 0 },
    riskAdjusted: 0,
    delivery: null,
    demandManagement: { total: 0, onTrack: 0 },
    figuresOnErrorCells: 0,
    ...emptyInYearTotals(),
  };
}

function addByYear(target: ByYear, source: ByYear): void {
  for (const key of Object.keys(source)) target[key] = (target[key] ?? 0) + source[key];
}

function addKeyed(target: Record<string, Pence>, source: Record<string, Pence>): void {
  for (const key of Object.keys(source)) target[key] = (target[key] ?? 0) + source[key];
}

/** Adds `source` into `target` (both Totals of the same years). Used for schemes and for children. */
export function addTotals(target: Totals, source: Totals): void {
  target.schemes += source.schemes;
  addByYear(target.savings, source.savings);
  addByYear(target.qippSavings, source.qippSavings);
  target.managementCost += source.managementCost;
  addKeyed(target.byWorkstream, source.byWorkstream);
  addKeyed(target.byPointOfDelivery, source.byPointOfDelivery);
  for (const rag of RAGS_AND_UNRATED) {
    target.ragValue[rag] += source.ragValue[rag];
    target.ragCount[rag] += source.ragCount[rag];
  }
  target.riskAdjusted += source.riskAdjusted;
  if (source.delivery) {
    const d = target.delivery ?? { year: source.delivery.year, planned: 0, forecast: 0, onTrack: 0 };
    d.planned += source.delivery.planned;
    d.forecast += source.delivery.forecast;
    d.onTrack += source.delivery.onTrack;
    target.delivery = d;
  }
  target.demandManagement.total += source.demandManagement.total;
  target.demandManagement.onTrack += source.demandManagement.onTrack;
  target.figuresOnErrorCells += source.figuresOnErrorCells;
  addInYearTotals(target, source);
}

export function sumTotals(years: readonly Year[], parts: readonly Totals[]): Totals {
  const total = emptyTotals(years);
  for (const part of parts) addTotals(total, part);
  return total;
}
