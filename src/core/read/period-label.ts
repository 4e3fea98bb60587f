import { a1, cellText, type SheetGrid } from "../grid";
import { normalise } from "../rules/match";
import type { RulePack } from "../rules/schema";
import type { Plan, ReportingPeriod } from "../types";
import { findLabelled } from "./labels";
import { parsePeriod } from "./period";

/** A period label found in rows [fromRow, toRow): the period it names, or null when it cannot be read. */
export interface PeriodLabel {
  period: ReportingPeriod | null;
  sheet: string;
  cell: string;
  raw: ReportingPeriod["raw"];
}

/**
 * The reporting period labelled in rows [fromRow, toRow): a value beside "Reporting month" (or after
 * its colon), else one cell that reads "As at 30/09/2011" or "Month 6" on its own.
 */
export function findPeriod(grid: SheetGrid, pack: RulePack, fromRow: number, toRow: number): PeriodLabel | undefined {
  const forecastYear = pack.forecastYear ?? pack.years[0];
  const read = (raw: ReportingPeriod["raw"], cell: string): PeriodLabel => {
    const end = parsePeriod(raw, pack.years, forecastYear);
    return { period: end && { ...end, sheet: grid.name, cell, raw }, sheet: grid.name, cell, raw };
  };
  const labelled = findLabelled(grid, pack.labels.period, fromRow, toRow);
  if (labelled) return read(labelled.value, labelled.cell);
  // Only a cell that reads whole as a period counts here: a title such as "Month-end report" is not one.
  const labels = pack.labels.period.map(normalise);
  for (let row = Math.max(fromRow, grid.top); row < Math.min(toRow, grid.top + grid.values.length); row++) {
    const cells = grid.values[row - grid.top] ?? [];
    for (let i = 0; i < cells.length; i++) {
      const text = cellText(cells[i]);
      if (!text || text.length > 40) continue;
      const label = labels.find((l) => normalise(text).startsWith(l + " "));
      const rest = label ? text.slice(restStart(text, label)).trim() : text;
      const hit = (label || /^(month|m)\s*\d/i.test(text)) && parsePeriod(rest || text, pack.years, forecastYear);
      if (hit) return { period: { ...hit, sheet: grid.name, cell: a1(row, grid.left + i), raw: cells[i] }, sheet: grid.name, cell: a1(row, grid.left + i), raw: cells[i] };
    }
  }
  return undefined;
}

/** Where the text after a label of `label`'s words begins ("As at 30/09/2011" → "30/09/2011"). */
function restStart(text: string, label: string): number {
  const words = label.split(" ").length;
  const m = new RegExp(`^\\s*(?:\\S+\\s+){${words}}`).exec(text);
  return m ? m[0].length : text.length;
}

const YTD_FIELDS = ["ytdPlan", "ytdActual", "activityPlanYtd", "activityActualYtd", "milestoneDue"] as const;

/**
 * The first in-year column that holds a figure and so needs a period, to place "no reporting month"
 * at its header; undefined when the columns are there but empty (a four-year plan from the template).
 */
export function periodNeedingColumn(plan: Plan): string | undefined {
  const filled = (f: (typeof YTD_FIELDS)[number]) =>
    plan.schemes.some((s) => (f === "milestoneDue" ? s.milestone?.due?.raw != null && s.milestone.due.raw !== "" : s[f] !== undefined && (s[f].value !== null || !!s[f].issue)));
  const field = YTD_FIELDS.find((f) => plan.columns[f] !== undefined && filled(f));
  return field && `${plan.columns[field]}${plan.headerRow}`;
}
