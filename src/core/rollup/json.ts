import { toThousands, type Pence } from "../money";
import type { SchemeException } from "./exceptions";
import type { ByYear, OrganisationRollup, ParentRollup, Rollup, ShaRollup, Totals } from "./types";

/** £000 numbers keyed like the pence record they come from. */
function thousands<K extends string>(record: Record<K, Pence>): Record<K, number> {
  return Object.fromEntries(Object.entries<Pence>(record).map(([k, v]) => [k, toThousands(v)])) as Record<K, number>;
}

/** Years in pack order, then "total". */
function byYear(years: readonly string[], values: ByYear): Record<string, number> {
  const out: Record<string, number> = {};
  for (const year of years) out[year] = toThousands(values[year] ?? 0);
  out.total = toThousands(values.total);
  return out;
}

function orNull(pence: Pence | null): number | null {
  return pence === null ? null : toThousands(pence);
}

function common(years: readonly string[], t: Totals) {
  return {
    schemes: t.schemes,
    savings: byYear(years, t.savings),
    qippSavings: byYear(years, t.qippSavings),
    managementCost: toThousands(t.managementCost),
    ragValue: thousands(t.ragValue),
    ragCount: { ...t.ragCount },
    riskAdjusted: toThousands(t.riskAdjusted),
    ...inYearJson(t),
  };
}

/** In-year delivery, activity, the five-point scale and the challenge: money in £000, the period end an ISO date. */
function inYearJson(t: Totals) {
  const y = t.inYear;
  const c = t.challenge;
  return {
    inYear: y ? { periodEnd: y.periodEnd, ytdPlan: toThousands(y.ytdPlan), ytdActual: toThousands(y.ytdActual), variance: toThousands(y.variance), deliveredPercent: y.deliveredPercent } : null,
    activity: Object.fromEntries(Object.entries(t.activity ?? {}).map(([point, a]) => [point, { planned: a.planned, actual: a.actual }])),
    milestonesOverdue: t.milestonesOverdue ?? 0,
    workforceChange: t.workforceChange ?? 0,
    ragCount5: t.ragCount5 ? { ...t.ragCount5 } : null,
    ragValue5: t.ragValue5 ? thousands(t.ragValue5) : null,
    challenge: c ? { target: toThousands(c.target), identified: toThousands(c.identified), coverage: c.coverage } : null,
  };
}

function organisationJson(years: readonly string[], o: OrganisationRollup) {
  return {
    name: o.name,
    code: o.code,
    sha: o.shaCode,
    ...common(years, o),
    planRag: o.planRag,
    planRagSource: o.planRagSource,
    budget: orNull(o.budget),
    byWorkstream: thousands(o.byWorkstream),
    byPointOfDelivery: thousands(o.byPointOfDelivery),
    delivery: o.delivery && {
      year: o.delivery.year,
      planned: toThousands(o.delivery.planned),
      forecast: toThousands(o.delivery.forecast),
      onTrack: toThousands(o.delivery.onTrack),
    },
    demandManagement: thousands(o.demandManagement),
    figuresOnErrorCells: o.figuresOnErrorCells,
  };
}

function parentJson(years: readonly string[], p: ParentRollup) {
  return {
    ...common(years, p),
    planRagCount: { ...p.planRagCount },
    shareOfNational: p.shareOfNational,
    shareOfBudget: p.shareOfBudget,
    budget: orNull(p.budget),
    demandManagement: thousands(p.demandManagement),
    figuresOnErrorCells: p.figuresOnErrorCells,
  };
}

function largestJson(s: ShaRollup) {
  return s.largestSchemes.map((l) => ({ organisation: l.organisation, ref: l.ref, name: l.name, total: toThousands(l.total) }));
}

/** One exception as both `rollup --json` and `compare --json` give it. */
export function exceptionJson(e: SchemeException) {
  return {
    organisation: e.organisation,
    ref: e.ref,
    name: e.name,
    reasons: [...e.reasons],
    valueAtRisk: toThousands(e.valueAtRisk),
    material: e.material,
    rag: e.rag,
    lead: e.lead,
    risks: e.risks,
    sheet: e.sheet,
    cell: e.cell,
    message: e.messages.join("; "),
    workbook: e.workbook,
  };
}

/** The `qipp rollup --json` document: all money in £000 as JSON numbers. */
export function toRollupJson(rollup: Rollup, pack: { name: string; version: string }) {
  const years = rollup.years;
  return {
    pack: { name: pack.name, version: pack.version },
    years: [...years],
    organisations: rollup.organisations.map((o) => organisationJson(years, o)),
    shas: rollup.shas.map((s) => ({ code: s.code, name: s.name, cluster: s.cluster, ...parentJson(years, s), largestSchemes: largestJson(s) })),
    shaClusters: rollup.shaClusters.map((c) => ({ name: c.name, ...parentJson(years, c) })),
    national: { name: "England", ...parentJson(years, rollup.national) },
    exceptions: rollup.exceptions.map(exceptionJson),
  };
}

export type RollupJson = ReturnType<typeof toRollupJson>;
