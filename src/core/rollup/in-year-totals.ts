import type { Pence } from "../money";
import type { Rag5OrUnrated, Scheme } from "../types";
import type { InYear, Totals } from "./types";

export const RAG5_AND_UNRATED: readonly Rag5OrUnrated[] = ["green", "amber-green", "amber", "amber-red", "red", "unrated"];
export const UNKNOWN_POINT = "Unknown";

export function emptyRag5<T>(zero: T): Record<Rag5OrUnrated, T> {
  return { green: zero, "amber-green": zero, amber: zero, "amber-red": zero, red: zero, unrated: zero };
}

/** The in-year fields every Totals starts with. */
export function emptyInYearTotals(): Required<Pick<Totals, "inYear" | "activity" | "milestonesOverdue" | "workforceChange" | "ragCount5" | "ragValue5" | "challenge">> {
  return { inYear: null, activity: {}, milestonesOverdue: 0, workforceChange: 0, ragCount5: emptyRag5(0), ragValue5: emptyRag5(0), challenge: null };
}

function addInYear(totals: Totals, plan: Pence, actual: Pence, periodEnd: string | null): void {
  const y: InYear = (totals.inYear ??= { periodEnd: null, ytdPlan: 0, ytdActual: 0, variance: 0, deliveredPercent: null });
  y.ytdPlan += plan;
  y.ytdActual += actual;
  y.variance = y.ytdActual - y.ytdPlan;
  y.deliveredPercent = y.ytdPlan === 0 ? null : (100 * y.ytdActual) / y.ytdPlan;
  if (periodEnd !== null && (y.periodEnd === null || periodEnd > y.periodEnd)) y.periodEnd = periodEnd;
}

function addActivity(totals: Totals, point: string, planned: number, actual: number): void {
  const a = ((totals.activity ??= {})[point] ??= { planned: 0, actual: 0 });
  a.planned += planned;
  a.actual += actual;
}

/** One scheme's in-year figures and five-point rating, added into `totals`. */
export function addSchemeInYear(totals: Totals, scheme: Scheme, value: Pence, periodEnd: string | null): void {
  const rag5 = scheme.rag5 ?? scheme.rag;
  (totals.ragCount5 ??= emptyRag5(0))[rag5] += 1;
  (totals.ragValue5 ??= emptyRag5(0))[rag5] += value;
  const plan = scheme.ytdPlan?.value ?? null;
  const actual = scheme.ytdActual?.value ?? null;
  if (plan !== null && actual !== null) addInYear(totals, plan, actual, periodEnd);
  const planned = scheme.activityPlanYtd?.value ?? null;
  const done = scheme.activityActualYtd?.value ?? null;
  if (planned !== null && done !== null) addActivity(totals, scheme.pointOfDelivery ?? UNKNOWN_POINT, planned, done);
  const wte = scheme.workforceChange?.value ?? null;
  if (wte !== null) totals.workforceChange = (totals.workforceChange ?? 0) + wte;
  const m = scheme.milestone;
  if (m?.due?.date && periodEnd !== null && m.due.date < periodEnd && !m.complete) totals.milestonesOverdue = (totals.milestonesOverdue ?? 0) + 1;
}

/** A child's in-year figures added into its parent (the challenge is the level's own, not summed). */
export function addInYearTotals(target: Totals, source: Totals): void {
  for (const rag of RAG5_AND_UNRATED) {
    (target.ragCount5 ??= emptyRag5(0))[rag] += source.ragCount5?.[rag] ?? 0;
    (target.ragValue5 ??= emptyRag5(0))[rag] += source.ragValue5?.[rag] ?? 0;
  }
  if (source.inYear) addInYear(target, source.inYear.ytdPlan, source.inYear.ytdActual, source.inYear.periodEnd);
  for (const [point, a] of Object.entries(source.activity ?? {})) addActivity(target, point, a.planned, a.actual);
  target.workforceChange = (target.workforceChange ?? 0) + (source.workforceChange ?? 0);
  target.milestonesOverdue = (target.milestonesOverdue ?? 0) + (source.milestonesOverdue ?? 0);
}

/** Target (£000 in the pack, pence here), the level's four-year QIPP savings, and coverage in percent. */
export function challengeOf(targetThousands: number | undefined, identified: Pence): Totals["challenge"] {
  if (targetThousands === undefined) return null;
  const target = Math.round(targetThousands * 100_000);
  return { target, identified, coverage: target === 0 ? 0 : (100 * identified) / target };
}
