import type { Rollup } from "../rollup/types";
import type { Plan, ReportingPeriod } from "../types";

/** Whether the return is one SHA's: then England and SHA-cluster rows only repeat the SHA row, so they go. */
export function singleSha(rollup: Rollup): boolean {
  return rollup.shas.length === 1 && rollup.organisations.every((o) => o.shaCode === rollup.shas[0].code);
}

/**
 * What the outputs speak for: the organisation for a single plan, the SHA when every plan belongs to
 * one, England otherwise. undefined when there is no plan.
 */
export function scopeOf(plans: readonly Plan[], rollup: Rollup | null, shaName: (code: string) => string | undefined): string | undefined {
  if (plans.length === 0) return undefined;
  const organisations = new Set(plans.map((p) => p.organisation.matched ?? p.organisation.name));
  if (organisations.size === 1) return [...organisations][0];
  if (rollup) return singleSha(rollup) ? rollup.shas[0].name : "England";
  const shas = new Set(plans.map((p) => p.organisation.shaCode));
  const [only] = [...shas];
  return shas.size === 1 && only ? (shaName(only) ?? only) : "England";
}

/** The latest reporting period the plans name (their months may differ: the latest is the report's). */
export function latestPeriod(plans: readonly Plan[]): ReportingPeriod | undefined {
  let latest: ReportingPeriod | undefined;
  for (const p of plans) if (p.period && (!latest || p.period.end > latest.end)) latest = p.period;
  return latest;
}
