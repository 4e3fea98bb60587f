import type { Year } from "../types";

/** "2011/12", "2011-12", "11/12", "2011/2012", "FY 2011/12", "FY11-12": a financial year token. */
const YEAR_TOKEN = /(?<![0-9])(20)?(\d{2})\s*[-/–_]\s*(20)?(\d{2})(?![0-9])/g;

export type YearColumnKind = "savings" | "forecast" | "other";

/** The pack year a header names, if any ("2011-12" style). */
export function yearInHeader(header: string, years: readonly Year[]): Year | undefined {
  for (const m of header.matchAll(YEAR_TOKEN)) {
    const first = Number(m[2]);
    const second = Number(m[4]);
    if ((first + 1) % 100 !== second) continue;
    const year = `20${m[2]}-${m[4]}`;
    if (years.includes(year)) return year;
  }
  return undefined;
}

/** A year column is savings unless its header says forecast/outturn (a forecast) or actual/activity (neither). */
export function yearColumnKind(header: string): YearColumnKind {
  const t = header.toLowerCase();
  if (/\b(forecast|outturn|fot)\b/.test(t)) return "forecast";
  if (/\b(actual|actuals|activity|activities|budget|baseline|wte|fte)\b/.test(t)) return "other";
  return "savings";
}
