import type { Pence } from "../money";
import { groupByOrganisation } from "../rollup/organisations";
import type { Rollup, Totals } from "../rollup/types";
import type { RulePack } from "../rules/schema";
import type { Plan, Rag, RagOrUnrated, Scheme } from "../types";

/** One version's figures, for the trend over months (money in pence; null where the plans have no such figure). */
export interface TrendEntry {
  /** The latest reporting period end among its plans ("2011-09-30"), or null. */
  periodEnd: string | null;
  workbooks: string[];
  national: { total: Pence; ytdPlan: Pence | null; ytdActual: Pence | null; ragCount: Record<RagOrUnrated, number> };
  organisations: { name: string; total: Pence; ytdPlan: Pence | null; ytdActual: Pence | null; planRag: Rag }[];
}

export interface TrendInput {
  workbooks: string[];
  plans: readonly Plan[];
  rollup: Rollup;
}

export function periodEndOf(plans: readonly Plan[]): string | null {
  const ends = plans.map((p) => p?.period?.end).filter((e): e is string => typeof e === "string" && e !== "");
  return ends.length ? ends.sort().at(-1)! : null;
}

/** In order of period end when every version has one (stable for equal ends), else in the order given. */
export function orderByPeriod<T>(versions: readonly T[], periodEnd: (v: T) => string | null): T[] {
  const ends = versions.map(periodEnd);
  if (ends.some((e) => e === null)) return [...versions];
  return versions.map((v, i) => ({ v, i, end: ends[i]! })).sort((a, b) => (a.end < b.end ? -1 : a.end > b.end ? 1 : a.i - b.i)).map((x) => x.v);
}

/** YTD figures: the rollup's in-year delivery where it has been worked out, else summed from the schemes that carry them. */
function ytd(totals: Totals, schemes: readonly Scheme[]): { ytdPlan: Pence | null; ytdActual: Pence | null } {
  if (totals.inYear !== undefined) return { ytdPlan: totals.inYear?.ytdPlan ?? null, ytdActual: totals.inYear?.ytdActual ?? null };
  const sum = (field: "ytdPlan" | "ytdActual") => {
    const values = schemes.map((s) => s[field]?.value).filter((v): v is number => typeof v === "number");
    return values.length ? values.reduce((a, b) => a + b, 0) : null;
  };
  return { ytdPlan: sum("ytdPlan"), ytdActual: sum("ytdActual") };
}

const keyOf = (name: string) => name.trim().replace(/\s+/g, " ").toLowerCase();

export function trendEntry(version: TrendInput, pack: RulePack): TrendEntry {
  const groups = new Map(groupByOrganisation(version.plans, pack).groups.map((g) => [keyOf(g.name), g.schemes]));
  const all = [...groups.values()].flat();
  const r = version.rollup;
  return {
    periodEnd: periodEndOf(version.plans),
    workbooks: [...version.workbooks],
    national: { total: r.national.savings.total, ...ytd(r.national, all), ragCount: { ...r.national.ragCount } },
    organisations: r.organisations.map((o) => ({ name: o.name, total: o.savings.total, ...ytd(o, groups.get(keyOf(o.name)) ?? []), planRag: o.planRag })),
  };
}
