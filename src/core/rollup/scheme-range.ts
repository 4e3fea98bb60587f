import { columnLetters, parseA1 } from "../grid";
import type { Plan, Scheme } from "../types";

/**
 * The block of a plan sheet an organisation's schemes occupy: from its first scheme row to its last,
 * across the plan's columns ("B8:P40"); the header row when it has no schemes. Links on the output sheets go here.
 */
export function schemeRange(plan: Plan, schemes: readonly Scheme[]): string {
  const columns = [...Object.values(plan.columns), ...Object.values(plan.yearColumns), ...Object.values(plan.forecastColumns)]
    .map((letters) => parseA1(`${letters}1`)?.col)
    .filter((c): c is number => c !== undefined);
  const left = columnLetters(columns.length ? Math.min(...columns) : 0);
  const right = columnLetters(columns.length ? Math.max(...columns) : 0);
  const rows = schemes.filter((s) => s.sheet === plan.sheet).map((s) => s.row);
  const top = rows.length ? Math.min(...rows) : plan.headerRow;
  const bottom = rows.length ? Math.max(...rows) : plan.headerRow;
  return `${left}${top}:${right}${bottom}`;
}
