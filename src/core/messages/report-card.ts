/**
 * The words of the report card, and of every output sheet's title and marker line (issue 16a).
 * Dates and times in words, in local time (docs/messages.md): never ISO stamps where a person reads them.
 */
import type { ReportingPeriod } from "../types";

const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

/** "30 September 2011" from "2011-09-30" (a calendar date: no time zone applies). */
export function dateWords(iso: string): string {
  const [y, m, d] = iso.split("-").map(Number);
  return `${d} ${MONTHS[m - 1]} ${y}`;
}

/** "Month 6 2011-12 (to 30 September 2011)"; "Period to 30 September 2011" outside the pack's years. */
export function periodWords(period: Pick<ReportingPeriod, "end" | "month" | "year">): string {
  if (period.month !== null && period.year !== null) return `Month ${period.month} ${period.year} (to ${dateWords(period.end)})`;
  return `Period to ${dateWords(period.end)}`;
}

/** "1 December 2026, 21:31" in the machine's local time. */
export function timeWords(at: Date): string {
  const two = (n: number) => String(n).padStart(2, "0");
  return `${at.getDate()} ${MONTHS[at.getMonth()]} ${at.getFullYear()}, ${two(at.getHours())}:${two(at.getMinutes())}`;
}

/** "QIPP Rollup: North East, Month 6 2011-12 (to 30 September 2011)". */
export function sheetTitle(sheet: string, scope: string | undefined, period: string | undefined): string {
  const about = [scope, period].filter(Boolean).join(", ");
  return about ? `${sheet}: ${about}` : sheet;
}

/** The rest of the marker line after the marker itself. */
export function markerDetail(pack: { name: string; version: string }, workbooks: readonly string[], at: Date): string {
  const sources = workbooks.length > 0 ? workbooks.join(", ") : "no files";
  return `${pack.name}, version ${pack.version} · from ${sources} · ${timeWords(at)}`;
}

export const REPORT_CARD = {
  sheet: "QIPP Report Card",
  subtitle: (packVersion: string) => `Money in £000. Rule pack version ${packVersion}.`,
  linesHeading: "Progress against plan",
  lineHeaders: ["Line", "Name", "Four-year plan", "Forecast-year plan", "YTD plan", "YTD actual", "% delivered", "Plan RAG", "Exceptions"],
  organisationLine: "Organisation",
  workstreamLine: "National workstream",
  exceptionsHeading: "Material exceptions",
  exceptionHeaders: ["Organisation", "Ref", "Scheme", "Reasons", "Value at risk", "Lead", "Response"],
  noExceptions: "No material exceptions.",
  riskHeading: "Risk management log",
  riskNote: "The risks named on the material exceptions, largest value at risk first.",
  riskHeaders: ["Organisation", "Ref", "Scheme", "RAG", "Risk", "Lead"],
  noRisks: "No material exception names a risk.",
  themeHeading: "Risks by theme",
  themeHeaders: ["Theme", "Schemes", "Value"],
  signOffHeading: "Sign-off",
  closedHeading: "Closed since the last build",
  closedHeaders: ["Organisation", "Ref", "Response"],
  userCellNote: "Cells filled pale yellow are yours: the add-in keeps what you type there when it rebuilds this sheet.",
};

/** Labels of the sign-off block, and of the Cover sheet values that fill it. */
export const SIGN_OFF_LABELS = ["Prepared by", "SHA finance director", "QIPP lead", "Date signed"] as const;

/** The one line that stands for the exceptions under the materiality threshold. */
export function immaterialLine(count: number, totalThousands: number, thresholdThousands?: number): string {
  const n = new Intl.NumberFormat("en-GB", { maximumFractionDigits: 0 });
  const limit = thresholdThousands === undefined ? "the materiality threshold" : `£${n.format(thresholdThousands)}k`;
  if (count === 1) return `1 smaller exception (under ${limit}) not listed: £${n.format(totalThousands)}k at risk.`;
  const each = thresholdThousands === undefined ? "" : " each";
  return `${n.format(count)} smaller exceptions (under ${limit}${each}) not listed: £${n.format(totalThousands)}k at risk in all.`;
}


/** The one line that stands for the named risks the report card's log does not list (every one is counted by theme). */
export function risksNotListedLine(count: number, fourYearThousands: number, thresholdThousands: number): string {
  const n = new Intl.NumberFormat("en-GB", { maximumFractionDigits: 0 });
  const schemes = count === 1 ? "1 more scheme names a risk" : `${n.format(count)} more schemes name a risk`;
  return `${schemes} (on track, or an exception under £${n.format(thresholdThousands)}k): £${n.format(fourYearThousands)}k over four years, counted by theme below; each plan's Risks column has them.`;
}
