import { compareVersions } from "./compare/compare";
import type { Comparison } from "./compare/types";
import type { WorkbookGrids } from "./grid";
import { validateWorkbooks, type ReportContext, type ValidationResult } from "./pipeline";
import { changesSheet } from "./report/changes-sheet";
import { capHyperlinks } from "./report/link-cap";
import type { OutputSheet } from "./report/model";
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

/** The QIPP Changes sheet, linked into the later version (the first of its workbooks). */
export function buildChangesSheet(result: CompareResult, context: ReportContext): OutputSheet {
  const { later, earlier, comparison } = result;
  return capHyperlinks(changesSheet(comparison, { pack: later.packInfo, workbooks: [...later.workbooks, ...earlier.workbooks], generatedAt: context.generatedAt }, earlier.workbooks));
}
