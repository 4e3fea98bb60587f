import type { CellValue } from "../grid";

/**
 * Dates as plans hold them: an Excel serial number (a date cell read by Office.js), ISO text (a
 * date cell read from a file), or typed text "30/09/2011", "30 Sep 2011", "30 September 2011".
 * Answers are ISO dates ("2011-09-30"); null when the value is no date.
 *
 * Serials count days in the 1900 date system, where Excel treats 1900 as a leap year, so serials
 * from 61 on are days since 30 December 1899:
 * https://learn.microsoft.com/en-us/office/troubleshoot/excel/wrongly-assumes-1900-is-leap-year
 * https://learn.microsoft.com/en-us/office/troubleshoot/excel/1900-and-1904-date-system
 */
export const MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"];

const DAY_MS = 86_400_000;
const EPOCH_1900 = Date.UTC(1899, 11, 30);
/** 1 January 2000 and 31 December 2099 as serials: plans of this era, not quantities mistaken for dates. */
export const SERIAL_MIN = 36526;
export const SERIAL_MAX = 73415;

export function iso(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

export function validDate(year: number, month: number, day: number): string | null {
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month) ? iso(year, month, day) : null;
}

/** An Excel serial (whole days; a time of day is dropped) to an ISO date. */
export function fromSerial(serial: number): string | null {
  if (!Number.isFinite(serial) || serial < SERIAL_MIN || serial > SERIAL_MAX) return null;
  const d = new Date(EPOCH_1900 + Math.floor(serial) * DAY_MS);
  return iso(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
}

export function toSerial(isoDate: string): number {
  const [y, m, d] = isoDate.split("-").map(Number);
  return Math.round((Date.UTC(y, m - 1, d) - EPOCH_1900) / DAY_MS);
}

/** "Sep", "Sept", "September" to 1-12; null for anything else. */
export function monthOf(word: string): number | null {
  const w = word.toLowerCase().replace(/\.$/, "");
  if (w === "sept") return 9;
  const i = MONTHS.findIndex((m) => m === w || (w.length === 3 && m.startsWith(w)));
  return i === -1 ? null : i + 1;
}

/** A two-digit year is 20xx: every plan year the pack knows is. */
export const fullYear = (y: string) => (y.length === 2 ? 2000 + Number(y) : Number(y));

export function parseDate(raw: CellValue): string | null {
  if (typeof raw === "number") return fromSerial(raw);
  if (typeof raw !== "string") return null;
  const t = raw.trim();
  let m = /^(\d{4})-(\d{2})-(\d{2})(?:[T ][\d:.]+Z?)?$/.exec(t);
  if (m) return validDate(Number(m[1]), Number(m[2]), Number(m[3]));
  m = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4}|\d{2})$/.exec(t);
  if (m) return validDate(fullYear(m[3]), Number(m[2]), Number(m[1]));
  m = /^(\d{1,2})(?:st|nd|rd|th)?[\s-]+([A-Za-z]{3,9}\.?)[\s-]+(\d{4}|\d{2})$/.exec(t);
  if (m) {
    const month = monthOf(m[2]);
    return month === null ? null : validDate(fullYear(m[3]), month, Number(m[1]));
  }
  return null;
}
