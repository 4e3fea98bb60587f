import type { CellValue } from "../grid";
import type { ReportingPeriod, Year } from "../types";
import { daysInMonth, fromSerial, fullYear, iso, monthOf, parseDate } from "./dates";
import { yearInHeader } from "./years";

export type PeriodEnd = Pick<ReportingPeriod, "end" | "month" | "year">;

/** The pack year ("2011-12") a date falls in, April to March, and its month (April = 1). */
export function financialMonth(isoDate: string, years: readonly Year[]): { month: number | null; year: Year | null } {
  const [y, m] = isoDate.split("-").map(Number);
  const start = m >= 4 ? y : y - 1;
  const year = `${start}-${String((start + 1) % 100).padStart(2, "0")}`;
  return years.includes(year) ? { year, month: ((m + 8) % 12) + 1 } : { year: null, month: null };
}

function monthEnd(year: number, month: number): string {
  return iso(year, month, daysInMonth(year, month));
}

/** Month n (April = 1) of a financial year "2011-12": its last day. */
export function endOfFinancialMonth(n: number, year: Year): string {
  const start = Number(year.slice(0, 4));
  const calendar = ((n + 2) % 12) + 1;
  return monthEnd(n <= 9 ? start : start + 1, calendar);
}

/**
 * A reporting period as returns write it: "Month 6" / "M6" (of the pack's forecast year, or of a year
 * written after it), a bare month number beside a month label, "September 2011" / "Sep-11", a date
 * ("30/09/2011") or a date cell. A month's period ends on its last day; a date is the period end,
 * except a date cell on the 1st, which is how Excel stores a month typed as "Sep-11".
 */
export function parsePeriod(raw: CellValue, years: readonly Year[], forecastYear: Year): PeriodEnd | null {
  const end = periodEnd(raw, years, forecastYear);
  return end === null ? null : { end, ...financialMonth(end, years) };
}

function periodEnd(raw: CellValue, years: readonly Year[], forecastYear: Year): string | null {
  if (typeof raw === "number") {
    if (Number.isInteger(raw) && raw >= 1 && raw <= 12) return endOfFinancialMonth(raw, forecastYear);
    return monthStartToEnd(fromSerial(raw));
  }
  if (typeof raw !== "string") return null;
  const t = raw.trim();
  if (/^\d{4}-\d{2}-\d{2}/.test(t)) return monthStartToEnd(parseDate(t));
  let m = /^(?:month|mth|m)\s*(\d{1,2})\b\s*(.*)$/i.exec(t);
  if (m) {
    const n = Number(m[1]);
    const rest = m[2].replace(/^(of|in|,)\s*/i, "").trim();
    const year = rest === "" ? forecastYear : yearInHeader(rest, years);
    return n >= 1 && n <= 12 && year ? endOfFinancialMonth(n, year) : null;
  }
  if (/^\d{1,2}$/.test(t)) return Number(t) >= 1 && Number(t) <= 12 ? endOfFinancialMonth(Number(t), forecastYear) : null;
  m = /^([A-Za-z]{3,9}\.?)[\s\-/']+(\d{4}|\d{2})$/.exec(t);
  if (m) {
    const month = monthOf(m[1]);
    return month === null ? null : monthEnd(fullYear(m[2]), month);
  }
  return parseDate(t);
}

function monthStartToEnd(date: string | null): string | null {
  if (date === null || !date.endsWith("-01")) return date;
  const [y, m] = date.split("-").map(Number);
  return monthEnd(y, m);
}
