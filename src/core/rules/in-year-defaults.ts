import type { InYearField } from "../types";

/**
 * What a pack written before in-year monitoring gets: the header texts of ../shared/reference/fields.csv
 * (test/in-year/findings.test.ts holds the two together), the five-point scale's usual spellings and
 * the period labels. The bundled pack states all of these itself.
 */
export const IN_YEAR_FIELD_DEFAULTS: Record<InYearField, { required: boolean; aliases: string[] }> = {
  ytdPlan: { required: false, aliases: ["YTD plan", "Plan YTD", "Year to date plan"] },
  ytdActual: { required: false, aliases: ["YTD actual", "Actual YTD", "Year to date actual", "Delivered to date"] },
  activityPlanYtd: { required: false, aliases: ["Activity plan YTD", "Planned activity YTD", "YTD activity plan"] },
  activityActualYtd: { required: false, aliases: ["Activity actual YTD", "Actual activity YTD", "YTD activity actual"] },
  milestone: { required: false, aliases: ["Next milestone", "Key milestone", "Milestone"] },
  milestoneDue: { required: false, aliases: ["Milestone due", "Due date", "Milestone date"] },
  milestoneStatus: { required: false, aliases: ["Milestone status"] },
  qia: { required: false, aliases: ["QIA", "QIA signed off", "Quality impact assessment"] },
  workforceChange: { required: false, aliases: ["WTE change", "Workforce change (WTE)"] },
};

/** The Major Projects Authority's delivery-confidence scale and how plans spell it. */
export const RAG5_DEFAULTS = {
  green: ["Green", "G"],
  "amber-green": ["Amber/Green", "Amber-Green", "Amber Green", "AG", "A/G", "Green/Amber"],
  amber: ["Amber", "A"],
  "amber-red": ["Amber/Red", "Amber-Red", "Amber Red", "AR", "A/R", "Red/Amber"],
  red: ["Red", "R"],
};

export const PERIOD_LABEL_DEFAULTS = ["Reporting month", "Month", "Period", "Reporting period", "As at"];

/** England's efficiency challenge, £000 over four years (National Audit Office, September 2011: £16.4bn). */
export const ENGLAND_CHALLENGE_K = 16_400_000;
