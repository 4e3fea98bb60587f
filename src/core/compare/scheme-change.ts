import { schemeCell, schemeText } from "../rollup/scheme-facts";
import { emptyByYear } from "../rollup/totals";
import type { ByYear } from "../rollup/types";
import type { Scheme, Year } from "../types";
import type { SchemePair } from "./match";
import type { ChangeStatus, SchemeChange } from "./types";

export function savingsByYear(scheme: Scheme, years: readonly Year[]): ByYear {
  const byYear = emptyByYear(years);
  for (const year of years) {
    const value = scheme.savings[year]?.value ?? 0;
    byYear[year] = value;
    byYear.total += value;
  }
  return byYear;
}

/** Changed when any year's saving or the RAG differs (in pence, so £m against £000 is no change). */
function statusOf(before: ByYear | null, after: ByYear | null, pair: SchemePair, years: readonly Year[]): ChangeStatus {
  if (!before) return "new";
  if (!after) return "dropped";
  const moved = years.some((y) => before[y] !== after[y]) || pair.before!.rag !== pair.after!.rag;
  return moved ? "changed" : "unchanged";
}

export function schemeChange(pair: SchemePair, where: { organisation: string; shaCode: string | null }, years: readonly Year[]): SchemeChange {
  const before = pair.before ? savingsByYear(pair.before, years) : null;
  const after = pair.after ? savingsByYear(pair.after, years) : null;
  const shown = (pair.after ?? pair.before)!;
  return {
    organisation: where.organisation,
    shaCode: where.shaCode,
    ref: schemeText(shown, "schemeRef"),
    name: schemeText(shown, "schemeName"),
    status: statusOf(before, after, pair, years),
    matchedBy: pair.matchedBy,
    ragBefore: pair.before?.rag ?? null,
    ragAfter: pair.after?.rag ?? null,
    before,
    after,
    workbook: shown.workbook,
    sheet: shown.sheet,
    cell: schemeCell(shown, "schemeRef"),
    side: pair.after ? "after" : "before",
  };
}
