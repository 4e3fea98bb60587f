import type { Pence } from "../money";
import type { RulePack } from "../rules/schema";
import type { Amount, Scheme, Year } from "../types";
import { apportion } from "./apportion";
import { emptyTotals } from "./totals";
import type { Totals } from "./types";

export const UNKNOWN = "Unknown";

/** What one scheme contributes: a Totals of one scheme, so every level is a plain sum. */
export function schemeTotals(scheme: Scheme, pack: RulePack, errorCells: ReadonlySet<string>): Totals {
  const years = pack.years;
  const totals = emptyTotals(years);
  const perYear = years.map((year) => scheme.savings[year]?.value ?? 0);
  const value = perYear.reduce((a, b) => a + b, 0);

  totals.schemes = 1;
  years.forEach((year, i) => (totals.savings[year] = perYear[i]));
  totals.savings.total = value;

  const management = managementPart(scheme.managementCost, value);
  totals.managementCost = management;
  const excluded = pack.parameters.managementCostCountsAsQipp ? years.map(() => 0) : apportion(management, perYear);
  years.forEach((year, i) => (totals.qippSavings[year] = perYear[i] - excluded[i]));
  totals.qippSavings.total = value - (pack.parameters.managementCostCountsAsQipp ? 0 : management);

  totals.byWorkstream[scheme.workstream ?? UNKNOWN] = value;
  totals.byPointOfDelivery[scheme.pointOfDelivery ?? UNKNOWN] = value;
  totals.ragValue[scheme.rag] = value;
  totals.ragCount[scheme.rag] = 1;
  totals.riskAdjusted = Math.round(value * pack.parameters.ragWeights[scheme.rag]) + 0;

  const forecastYear = pack.forecastYear ?? years[0];
  const planned = scheme.savings[forecastYear]?.value ?? 0;
  const forecast = scheme.forecast[forecastYear]?.value ?? null;
  const onTrack = scheme.rag === "green" || (forecast !== null && forecast >= planned);
  if (forecast !== null) {
    totals.delivery = { year: forecastYear, planned, forecast, onTrack: onTrack ? planned : 0 };
  }
  if (isDemandManagement(scheme.pointOfDelivery, pack)) {
    totals.demandManagement = { total: value, onTrack: onTrack ? value : 0 };
  }

  totals.figuresOnErrorCells = countErrorFigures(scheme, years, forecastYear, errorCells);
  return totals;
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

function isDemandManagement(pointOfDelivery: string | undefined, pack: RulePack): boolean {
  if (pointOfDelivery === undefined) return false;
  return pack.pointsOfDelivery.some((pod) => pod.name === pointOfDelivery && pod.demandManagement);
}

/** Figures summed from cells that carry an error finding: the savings years, management cost and forecast. */
function countErrorFigures(scheme: Scheme, years: readonly Year[], forecastYear: Year, errorCells: ReadonlySet<string>): number {
  if (errorCells.size === 0) return 0;
  const used: (Amount | undefined)[] = [...years.map((y) => scheme.savings[y]), scheme.managementCost, scheme.forecast[forecastYear]];
  return used.filter((a) => a !== undefined && errorCells.has(`${scheme.workbook}|${scheme.sheet}|${a.cell}`)).length;
}
