import type { Rollup } from "../core/rollup/types";

/** Whether the Rollup tab has delivery to date to show: YTD figures, activity at the points shown, or overdue milestones. */
export function hasDelivery(rollup: Rollup, activityPoints: readonly string[]): boolean {
  const national = rollup.national;
  return Boolean(national.inYear) || activityPoints.some((p) => national.activity?.[p]) || (national.milestonesOverdue ?? 0) > 0;
}
