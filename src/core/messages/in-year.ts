import type { CellValue } from "../grid";
import { toThousands, type Pence } from "../money";
import type { ReportingPeriod } from "../types";

/** Words for in-year monitoring (docs/messages.md): findings, exception reasons, the period. */
export const IN_YEAR_FIELD_LABELS: Record<string, string> = {
  ytdPlan: "YTD plan", ytdActual: "YTD actual", activityPlanYtd: "Activity plan YTD", activityActualYtd: "Activity actual YTD",
  milestone: "Next milestone", milestoneDue: "Milestone due", milestoneStatus: "Milestone status", qia: "QIA",
  workforceChange: "WTE change",
};

const MONTH_NAMES = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
const WHOLE = new Intl.NumberFormat("en-GB", { maximumFractionDigits: 0 });
const ACTIVITY = new Intl.NumberFormat("en-GB", { maximumFractionDigits: 1 });

/** A minus sign, never a hyphen, before negative figures. */
const signed = (text: string) => text.replace(/^-/, "−");
/** "£820k" in running prose. */
export const k = (pence: Pence) => signed(`£${WHOLE.format(toThousands(pence))}k`);
export const activity = (n: number) => signed(ACTIVITY.format(n));

/** "31 July 2011". */
export function dateInWords(isoDate: string): string {
  const [y, m, d] = isoDate.split("-").map(Number);
  return `${d} ${MONTH_NAMES[m - 1]} ${y}`;
}

/** "Month 6 2011-12 (to 30 September 2011)", or just "to 15 October 2011" outside the pack's years. */
export function periodInWords(period: Pick<ReportingPeriod, "end" | "month" | "year">): string {
  const to = `to ${dateInWords(period.end)}`;
  return period.month !== null && period.year !== null ? `Month ${period.month} ${period.year} (${to})` : to;
}

const shown = (v: CellValue) => (typeof v === "string" ? `'${v.length > 40 ? v.slice(0, 40) + "…" : v}'` : String(v));

export const inYearMessages = {
  /** "Delivered to date (to 30 September 2011): £2,189k of £3,050k (71%); 3 milestones overdue". */
  deliverySummary: (ytdActual: Pence, ytdPlan: Pence, periodEnd: string | null, overdue: number) =>
    `Delivered to date${periodEnd ? ` (to ${dateInWords(periodEnd)})` : ""}: ${k(ytdActual)} of ${k(ytdPlan)}` +
    `${ytdPlan > 0 ? ` (${Math.floor((100 * ytdActual) / ytdPlan)}%)` : ""}; ${overdue === 0 ? "no milestone" : overdue === 1 ? "1 milestone" : `${overdue} milestones`} overdue`,
  behindPlan: (actual: Pence, plan: Pence) => `behind plan: ${k(actual)} of ${k(plan)} delivered to date (${Math.floor((100 * actual) / plan)}%)`,
  activityOverPlan: (pointOfDelivery: string | undefined, actual: number, planned: number) =>
    `activity over plan: ${pointOfDelivery ? pointOfDelivery.toLowerCase() + " " : ""}${activity(actual)} against ${activity(planned)} planned`,
  milestoneOverdue: (name: string, due: string) => `milestone ${name ? `'${name}'` : "(unnamed)"} was due on ${dateInWords(due)}`,
  qiaMissing: (raw: CellValue) =>
    `The quality impact assessment is not signed off (${raw === null || raw === "" ? "blank" : shown(raw)}): record the date it was signed off, or Yes.`,
  qiaNoColumn: (sheet: string) => `Sheet '${sheet}' has no QIA column, so no scheme shows a signed-off quality impact assessment: add a QIA column.`,
  notADate: (label: string, raw: CellValue) => `${label} is ${shown(raw)}, not a date: type it as 31/07/2011 or 31 Jul 2011.`,
  periodUnreadable: (raw: CellValue) =>
    `The reporting month ${shown(raw)} cannot be read: write it as Month 6, September 2011 or 30/09/2011.`,
  periodMissing: (sheet: string) =>
    `Sheet '${sheet}' has year-to-date figures but no reporting month: add a 'Reporting month' label above the table or on the Cover sheet.`,
};
