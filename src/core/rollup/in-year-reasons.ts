import type { Pence } from "../money";
import { inYearMessages } from "../messages/in-year";
import type { RulePack } from "../rules/schema";
import type { Scheme } from "../types";

export type InYearReason = "activity-over-plan" | "behind-plan" | "milestone-overdue";

export interface InYearFinding {
  reason: InYearReason;
  message: string;
  value: Pence;
  cell: string;
}

/** Whether a scheme carries anything an in-year reason could be about (most schemes of a four-year plan do not). */
export function hasInYearFigures(scheme: Scheme): boolean {
  return scheme.ytdPlan?.value != null || scheme.activityPlanYtd?.value != null || !!scheme.milestone?.due?.date;
}

/** plan × num ÷ den to the penny: exact while the product stays an integer under 2^53. */
function share(plan: Pence, num: number, den: number): Pence {
  const product = plan * num;
  return Number.isSafeInteger(product) ? Math.round(product / den) : Math.round(plan * (num / den));
}

/**
 * The in-year reasons a scheme is an exception, with the value each puts at risk:
 * - behind-plan: YTD actual under behindPlanPercent of YTD plan; YTD plan − YTD actual.
 * - activity-over-plan: actual change to date above the planned change by more than activityOverPlanPercent
 *   of the planned change's size; the forecast-year plan × the unmet share of the planned change (at most 1).
 * - milestone-overdue: due before the period end and not complete; forecast-year plan − YTD actual, never below 0.
 */
export function inYearReasons(scheme: Scheme, pack: RulePack, periodEnd: string | null | undefined): InYearFinding[] {
  const out: InYearFinding[] = [];
  const { behindPlanPercent, activityOverPlanPercent } = pack.parameters.exceptions;
  const yearPlan = scheme.savings[pack.forecastYear ?? pack.years[0]]?.value ?? 0;
  const plan = scheme.ytdPlan?.value ?? null;
  const actual = scheme.ytdActual?.value ?? null;
  if (plan !== null && actual !== null && plan > 0 && actual * 100 < plan * behindPlanPercent) {
    out.push({ reason: "behind-plan", message: inYearMessages.behindPlan(actual, plan), value: plan - actual, cell: scheme.ytdActual!.cell });
  }
  const planned = scheme.activityPlanYtd?.value ?? null;
  const done = scheme.activityActualYtd?.value ?? null;
  if (planned !== null && done !== null && planned !== 0) {
    const size = Math.abs(planned);
    const over = done - planned;
    if (over * 100 > size * activityOverPlanPercent) {
      const value = over >= size ? yearPlan : share(yearPlan, over, size);
      out.push({ reason: "activity-over-plan", message: inYearMessages.activityOverPlan(scheme.pointOfDelivery, done, planned), value: Math.max(0, value), cell: scheme.activityActualYtd!.cell });
    }
  }
  const m = scheme.milestone;
  const due = m?.due?.date;
  if (m && due && periodEnd && due < periodEnd && !m.complete) {
    out.push({ reason: "milestone-overdue", message: inYearMessages.milestoneOverdue(m.name?.text ?? "", due), value: Math.max(0, yearPlan - (actual ?? 0)), cell: m.due!.cell });
  }
  return out;
}
