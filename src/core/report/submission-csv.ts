import { toThousands } from "../money";
import { apportion } from "../rollup/apportion";
import type { OrganisationRollup, Rollup } from "../rollup/types";

export const SUBMISSION_CSV_HEADERS = ["SHA code", "Organisation code", "Organisation", "Year", "QIPP savings £000", "Management cost savings £000", "Plan RAG"];

/** A field as Excel reads CSV: quoted when it holds a comma, quote or line break; text that starts like a formula gets a leading ' so it stays text. */
function field(value: string | number): string {
  if (typeof value === "number") return String(value);
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/**
 * Management cost savings by year: what the engine took out of QIPP savings in each year when they do not count;
 * when they do, the four-year figure shared over the years pro rata to savings, in whole pence that add up exactly.
 */
function managementByYear(o: OrganisationRollup, years: readonly string[]): number[] {
  const excluded = years.map((y) => o.savings[y] - o.qippSavings[y]);
  if (excluded.some((p) => p !== 0) || o.managementCost === 0) return excluded;
  const weights = years.map((y) => Math.max(0, o.savings[y]));
  return weights.reduce((a, b) => a + b, 0) >= o.managementCost ? apportion(o.managementCost, weights) : excluded;
}

/** The Submission for upload: one row per organisation and year, UTF-8 with a byte order mark (so Excel opens it as UTF-8), CRLF lines. */
export function submissionCsv(rollup: Rollup): string {
  const lines = [SUBMISSION_CSV_HEADERS.map(field).join(",")];
  for (const o of rollup.organisations) {
    const management = managementByYear(o, rollup.years);
    rollup.years.forEach((year, i) => {
      const rag = o.planRag[0].toUpperCase() + o.planRag.slice(1);
      lines.push([o.shaCode ?? "", o.code ?? "", o.name, year, toThousands(o.qippSavings[year]), toThousands(management[i]), rag].map(field).join(","));
    });
  }
  return `\uFEFF${lines.join("\r\n")}\r\n`;
}
