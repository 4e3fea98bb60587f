import type { Rollup } from "../core/rollup/types";

/** The acute points of delivery the national tracker watched for activity over plan. */
export const ACUTE = ["Non-elective", "Elective", "Outpatients", "A&E"];

/** Whether the Rollup tab has delivery to date to show: YTD figures, acute activity or overdue milestones. */
export function hasDelivery(rollup: Rollup): boolean {
  const national = rollup.national;
  return Boolean(national.inYear) || ACUTE.some((p) => national.activity?.[p]) || (national.milestonesOverdue ?? 0) > 0;
}
