import { compareVersions } from "./compare/compare";
import type { Comparison } from "./compare/types";
import type { WorkbookGrids } from "./grid";
import { validateWorkbooks, type ReportContext, type ValidationResult } from "./pipeline";
import { changesSheet } from "./report/changes-sheet";
import type { OutputSheet } from "./report/model";
import type { ReportMeta } from "./report/header";
import { latestPeriod, scopeOf } from "./report/scope";
import type { RulePack } from "./rules/schema";

export interface CompareResult {
  earlier: ValidationResult;
  later: ValidationResult;
  comparison: Comparison;
}

/**
 * Reads and compares two versions. Both are read with one pack: the one given, else the later
 * version's own (its QIPP Rules sheet, else the bundled pack), so a rule change never reads as a change in plans.
 */
export function compareWorkbooks(earlier: WorkbookGrids[], later: WorkbookGrids[], options: { pack?: RulePack } = {}): CompareResult {
  const laterResult = validateWorkbooks(later, options);
  const earlierResult = validateWorkbooks(earlier, { pack: laterResult.pack });
  return { earlier: earlierResult, later: laterResult, comparison: compareVersions(earlierResult, laterResult, laterResult.pack) };
}

/** What the compare sheets say about themselves: the later version's scope and period, its pack's materiality. */
export function compareMeta(result: CompareResult, generatedAt: Date): ReportMeta {
  const { later, earlier, comparison } = result;
  return {
    pack: later.packInfo,
    workbooks: [...later.workbooks, ...earlier.workbooks],
    generatedAt,
    scope: scopeOf(later.plans, comparison.after, (code) => later.pack.shas.find((s) => s.code === code)?.name),
    period: latestPeriod(later.plans),
    materialityThousands: later.pack.parameters.exceptions.materialityThousands,
  };
}

/** The QIPP Changes sheet, linked into the later version (the first of its workbooks). */
export function buildChangesSheet(result: CompareResult, context: ReportContext): OutputSheet {
  return changesSheet(result.comparison, compareMeta(result, context.generatedAt), result.earlier.workbooks);
}
