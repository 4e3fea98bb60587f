/**
 * Words for the trend over months and the movements to confirm (issue 16b), on QIPP Changes, in the
 * pane and on the command line. Follows docs/messages.md: months in words, money as £000, RAGs as words.
 */
import type { Movement } from "../compare/movements";
import type { Rag5OrUnrated } from "../types";

const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

/** "2011-09-30" -> "30 September 2011"; anything else as it is. */
export function dateInWords(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  return m ? `${Number(m[3])} ${MONTHS[Number(m[2]) - 1]} ${m[1]}` : iso;
}

/** "2011-09-30" -> "Month 6 2011-12 (to 30 September 2011)": the NHS financial year starts in April. */
export function periodInWords(end: string | null): string {
  if (end === null) return "Period not given";
  const m = /^(\d{4})-(\d{2})-\d{2}$/.exec(end);
  if (!m) return end;
  const [year, month] = [Number(m[1]), Number(m[2])];
  const start = month >= 4 ? year : year - 1;
  return `Month ${((month + 8) % 12) + 1} ${start}-${String((start + 1) % 100).padStart(2, "0")} (to ${dateInWords(end)})`;
}

/** "Amber/Green" for the five-point scale's amber-green; "Red" for red. */
export function ragWord(rag: Rag5OrUnrated | null): string {
  if (rag === null) return "";
  return rag.split("-").map((p) => p[0].toUpperCase() + p.slice(1)).join("/");
}

export const TREND_TITLE = "Trend over versions, oldest first (£000)";
export const TREND_HEADERS = ["Period", "Workbooks", "Four-year total", "YTD plan", "YTD actual", "Red schemes", "Amber schemes", "Green schemes", "Unrated schemes"];
export const TREND_ORDER_NOTE = "Some versions give no reporting period, so they are in the order given.";

export const MOVEMENTS_TITLE = "Movements to confirm with the organisation (£000)";
export const MOVEMENT_HEADERS = ["Movement", "Organisation", "Ref", "Scheme", "RAG before", "RAG after", "Value", "Where"];

/** What the movement is and what to do, in one line. */
export function movementWords(m: Movement): string {
  return m.kind === "dropped"
    ? "Dropped since the earlier version: confirm it has ended or moved, not been lost"
    : `Improved from ${ragWord(m.from)} to ${ragWord(m.to)}: confirm the evidence for the new rating`;
}

export const MOVEMENT_KIND: Record<Movement["kind"], string> = { dropped: "Dropped", improved: "Improved" };

/** "12 dropped (£141,230k) and 3 improved (£61,004k)". */
export function movementsSummary(list: readonly Movement[], thousands: (pence: number) => string): string {
  const part = (kind: Movement["kind"]) => {
    const of = list.filter((m) => m.kind === kind);
    const value = of.reduce((a, m) => a + m.value, 0);
    return `${of.length} ${kind} (£${thousands(value)}k)`;
  };
  return `${part("dropped")} and ${part("improved")}`;
}

export const TREND_CHART_TITLES = { ytd: "YTD actual against YTD plan, £000, month by month", total: "Four-year total, £000, month by month" };
export const TREND_TABLE_LABEL = "Trend over versions, oldest first, £000";
export const COMPARE_PICKER_LABEL = "Compare with earlier versions…";
export const COMPARE_PICKER_HINT = "This workbook is the latest version. Choose last month's file, or several earlier months' files for the trend.";
