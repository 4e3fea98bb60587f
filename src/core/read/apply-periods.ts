import type { SheetGrid, WorkbookGrids } from "../grid";
import { inYearMessages } from "../messages/in-year";
import type { RulePack } from "../rules/schema";
import type { Finding, Plan } from "../types";
import { makeFinding } from "../validate/finding";
import { findPeriod, periodNeedingColumn, type PeriodLabel } from "./period-label";

/**
 * Gives each plan its reporting period: a label above its own table, else the Cover sheet's (which
 * speaks for every plan in the workbook). A label that cannot be read, and year-to-date columns with
 * no period anywhere, are findings at their cells: the figures are never taken as of a guessed month.
 */
export function applyPeriods(plans: Plan[], workbook: WorkbookGrids, cover: SheetGrid | undefined, pack: RulePack): Finding[] {
  const findings: Finding[] = [];
  const reported = new Set<string>();
  const unreadable = (label: PeriodLabel) => {
    const key = `${label.sheet}|${label.cell}`;
    if (reported.has(key)) return;
    reported.add(key);
    const f = makeFinding(pack, "period-unreadable", { workbook: workbook.name, sheet: label.sheet, cell: label.cell }, "period", label.raw, inYearMessages.periodUnreadable(label.raw));
    if (f) findings.push(f);
  };
  const fromCover = cover && findPeriod(cover, pack, cover.top, cover.top + cover.values.length);
  for (const plan of plans) {
    const grid = workbook.sheets.find((s) => s.name === plan.sheet)!;
    const own = grid === cover ? undefined : findPeriod(grid, pack, grid.top, plan.headerRow - 1);
    const label = own ?? fromCover;
    if (label?.period) plan.period = label.period;
    else if (label) unreadable(label);
    const needs = periodNeedingColumn(plan);
    if (!label && needs) {
      const f = makeFinding(pack, "period-missing", { workbook: workbook.name, sheet: plan.sheet, cell: needs }, "period", null, inYearMessages.periodMissing(plan.sheet));
      if (f) findings.push(f);
    }
  }
  return findings;
}
