import { readFileSync } from "node:fs";
import { join } from "node:path";
import { validateWorkbooks, type ValidationResult } from "../../src/core/pipeline";
import type { Plan, Scheme } from "../../src/core/types";
import { XlsxWorkbook } from "../../src/host/exceljs/workbook";

export interface Month {
  /** "2011-09-30" */
  end: string | null;
  /** Month of the financial year (April = 1). */
  month: number;
  /** Every nth scheme (from the 2nd) is not in this version: against an earlier one, dropped; 0 for none. */
  missingEvery: number;
  /** Every nth green scheme is red in this version: against a later one, red to green; 0 for none. */
  greenAsRedEvery: number;
}

/** The national sample (ten SHAs, four clusters), read once. */
export async function nationalVersion(name = "national-workbook.xlsx"): Promise<ValidationResult> {
  const bytes = readFileSync(join(__dirname, "../../samples/national-workbook.xlsx"));
  const host = await XlsxWorkbook.fromBuffer(name, bytes);
  return validateWorkbooks([{ name, sheets: await host.readSheets() }]);
}

const yearOf = (end: string) => {
  const [y, m] = end.split("-").map(Number);
  const start = m >= 4 ? y : y - 1;
  return `${start}-${String((start + 1) % 100).padStart(2, "0")}`;
};

/**
 * One month's version of the national sample: its plans with a reporting period (as issue 15's reader
 * would set it), YTD plan (annual saving × month ÷ 12) and YTD actual (90% of that), and the schemes changed as `m` says.
 */
export function monthVersion(base: ValidationResult, workbook: string, m: Month): ValidationResult {
  const plans: Plan[] = structuredClone(base.plans).map((plan) => {
    const schemes = plan.schemes
      .filter((_, i) => m.missingEvery === 0 || i % m.missingEvery !== 1)
      .map((s): Scheme => {
        const year = m.end ? yearOf(m.end) : "2011-12";
        const annual = s.savings[year]?.value ?? 0;
        const ytdPlan = Math.round((annual * m.month) / 12);
        return { ...s, workbook, ytdPlan: { cell: "Z1", raw: ytdPlan, value: ytdPlan }, ytdActual: { cell: "Z2", raw: 0, value: Math.round(ytdPlan * 0.9) } };
      });
    let greens = 0;
    for (const s of schemes) if (s.rag === "green" && m.greenAsRedEvery > 0 && greens++ % m.greenAsRedEvery === 0) { s.rag = "red"; s.rag5 = "red"; }
    const period = m.end ? { end: m.end, month: m.month, year: yearOf(m.end), sheet: plan.sheet, cell: "B2", raw: m.end } : undefined;
    return { ...plan, workbook, schemes, period };
  });
  return { ...base, workbooks: [workbook], plans, findings: base.findings.map((f) => ({ ...f, workbook })) };
}
