import { compareVersions } from "./compare/compare";
import type { Comparison } from "./compare/types";
import { orderByPeriod, periodEndOf, trendEntry, type TrendEntry } from "./compare/trend";
import { errorCellKeys, rollup } from "./rollup/rollup";
import type { WorkbookGrids } from "./grid";
import { validateWorkbooks, type ReportContext, type ValidationResult } from "./pipeline";
import { changesSheet } from "./report/changes-sheet";
import { capHyperlinks } from "./report/link-cap";
import type { OutputSheet } from "./report/model";
import type { ReportMeta } from "./report/header";
import { latestPeriod, scopeOf } from "./report/scope";
import type { RulePack } from "./rules/schema";

export interface CompareResult {
  earlier: ValidationResult;
  later: ValidationResult;
  comparison: Comparison;
  /** One entry per version, oldest first (by period end when every version has one, else as given). */
  trend: TrendEntry[];
  /** The versions in that order, and the position each was given in. */
  versions: ValidationResult[];
  order: number[];
}

/**
 * Reads and compares two versions. Both are read with one pack: the one given, else the later
 * version's own (its QIPP Rules sheet, else the bundled pack), so a rule change never reads as a change in plans.
 */
export function compareWorkbooks(earlier: WorkbookGrids[], later: WorkbookGrids[], options: { pack?: RulePack } = {}): CompareResult {
  return compareSeries([earlier, later], options);
}

/**
 * Two or more versions (each one or more workbooks): put in order, the last two compared as today's
 * change, every one summed for the trend. All are read with the pack of the last version given.
 */
export function compareSeries(given: WorkbookGrids[][], options: { pack?: RulePack; latestLast?: boolean } = {}): CompareResult {
  if (given.length < 2) throw new Error("compareSeries needs two versions or more");
  const last = validateWorkbooks(given[given.length - 1], options);
  return compareValidated([...given.slice(0, -1).map((v) => validateWorkbooks(v, { pack: last.pack })), last], options);
}

/**
 * The versions already read, all with one pack (the last's), in the order given. With `latestLast`
 * (the pane: the open workbook is the later version) only the earlier ones are put in order.
 */
export function compareValidated(read: ValidationResult[], options: { latestLast?: boolean } = {}): CompareResult {
  const last = read[read.length - 1];
  const byPeriod = (list: ValidationResult[]) => orderByPeriod(list, (v) => periodEndOf(v.plans));
  const versions = options.latestLast ? [...byPeriod(read.slice(0, -1)), last] : byPeriod(read);
  const [earlier, later] = versions.slice(-2);
  const comparison = compareVersions(earlier, later, last.pack);
  const rollups = versions.map((v) => (v === earlier ? comparison.before : v === later ? comparison.after : rollup(v.plans, last.pack, errorCellKeys(v.findings))));
  const trend = versions.map((v, i) => trendEntry({ workbooks: v.workbooks, plans: v.plans, rollup: rollups[i] }, last.pack));
  return { earlier, later, comparison, trend, versions, order: versions.map((v) => read.indexOf(v)) };
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
  return capHyperlinks(changesSheet(result.comparison, compareMeta(result, context.generatedAt), result.earlier.workbooks, result.trend));
}
