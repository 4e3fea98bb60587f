import type { Pence } from "../money";
import type { RulePack } from "../rules/schema";
import type { Amount, Scheme, Year } from "../types";
import { apportion } from "./apportion";
import { addSchemeInYear } from "./in-year-totals";
import { isOnTrack } from "./on-track";
import type { Totals } from "./types";

export const UNKNOWN = "Unknown";

interface SchemeContext {
  years: readonly Year[];
  forecastYear: Year;
  countsAsQipp: boolean;
  weights: RulePack["parameters"]["ragWeights"];
  demandManagement: ReadonlySet<string>;
  onTrackRule: RulePack["parameters"]["demandManagementOnTrack"];
}

const contexts = new WeakMap<RulePack, SchemeContext>();

function contextOf(pack: RulePack): SchemeContext {
  let ctx = contexts.get(pack);
  if (!ctx) {
    ctx = {
      years: pack.years,
      forecastYear: pack.forecastYear ?? pack.years[0],
      countsAsQipp: pack.parameters.managementCostCountsAsQipp,
      weights: pack.parameters.ragWeights,
      demandManagement: new Set(pack.pointsOfDelivery.filter((p) => p.demandManagement).map((p) => p.name)),
      onTrackRule: pack.parameters.demandManagementOnTrack,
    };
    contexts.set(pack, ctx);
  }
  return ctx;
}

/** What one scheme contributes, added straight into `totals` (no per-scheme objects: plans run to 200,000 schemes). */
export function addScheme(totals: Totals, scheme: Scheme, pack: RulePack, errorCells: ReadonlySet<string>, periodEnd: string | null = null): void {
  const { years, forecastYear, countsAsQipp, weights, demandManagement, onTrackRule } = contextOf(pack);
  let value = 0;
  for (const year of years) value += scheme.savings[year]?.value ?? 0;
  const management = managementPart(scheme.managementCost, value);
  const excluded = countsAsQipp || management === 0 ? null : apportion(management, years.map((year) => scheme.savings[year]?.value ?? 0));
  years.forEach((year, i) => {
    const saving = scheme.savings[year]?.value ?? 0;
    totals.savings[year] += saving;
    totals.qippSavings[year] += saving - (excluded ? excluded[i] : 0);
  });
  totals.schemes += 1;
  totals.savings.total += value;
  totals.qippSavings.total += value - (countsAsQipp ? 0 : management);
  totals.managementCost += management;

  const workstream = scheme.workstream ?? UNKNOWN;
  const pod = scheme.pointOfDelivery ?? UNKNOWN;
  totals.byWorkstream[workstream] = (totals.byWorkstream[workstream] ?? 0) + value;
  totals.byPointOfDelivery[pod] = (totals.byPointOfDelivery[pod] ?? 0) + value;
  totals.ragValue[scheme.rag] += value;
  totals.ragCount[scheme.rag] += 1;
  // The in-between points of the five-point scale keep their own weights, whatever colour they fold to.
  const rag5 = scheme.rag5;
  const weight = rag5 === "amber-green" || rag5 === "amber-red" ? weights[rag5] : weights[scheme.rag];
  totals.riskAdjusted += Math.round(value * weight) + 0;
  addSchemeInYear(totals, scheme, value, periodEnd);

  const planned = scheme.savings[forecastYear]?.value ?? 0;
  const forecast = scheme.forecast[forecastYear]?.value ?? null;
  const onTrack = scheme.rag === "green" || (forecast !== null && forecast >= planned);
  if (forecast !== null) {
    const d = (totals.delivery ??= { year: forecastYear, planned: 0, forecast: 0, onTrack: 0 });
    d.planned += planned;
    d.forecast += forecast;
    d.onTrack += onTrack ? planned : 0;
  }
  if (scheme.pointOfDelivery !== undefined && demandManagement.has(scheme.pointOfDelivery)) {
    totals.demandManagement.total += value;
    // The pack's own definition of on track, not delivery's (green or forecast ≥ plan).
    totals.demandManagement.onTrack += isOnTrack(scheme, forecastYear, onTrackRule) ? value : 0;
  }
  if (errorCells.size > 0) totals.figuresOnErrorCells += countErrorFigures(scheme, years, forecastYear, errorCells);
}

/**
 * The management cost part of a scheme's value: a number is that many pence (at most the
 * scheme's value), "yes"/"y"/"true" is the whole scheme, blank or 0 is none.
 */
export function managementPart(amount: Amount | undefined, value: Pence): Pence {
  if (!amount) return 0;
  if (amount.value !== null) return amount.value > 0 && value > 0 ? Math.min(amount.value, value) : 0;
  const raw = amount.raw;
  if (raw === true) return value;
  if (typeof raw === "string" && /^(yes|y|true)$/i.test(raw.trim())) return value;
  return 0;
}

/** Figures summed from cells that carry an error finding: the savings years, management cost and forecast. */
function countErrorFigures(scheme: Scheme, years: readonly Year[], forecastYear: Year, errorCells: ReadonlySet<string>): number {
  if (errorCells.size === 0) return 0;
  const used: (Amount | undefined)[] = [...years.map((y) => scheme.savings[y]), scheme.managementCost, scheme.forecast[forecastYear]];
  return used.filter((a) => a !== undefined && errorCells.has(`${scheme.workbook}|${scheme.sheet}|${a.cell}`)).length;
}
