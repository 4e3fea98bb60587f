import { errorCellKeys } from "./rollup";
import { rollupSteps } from "./rollup/rollup";
import { buildReportSheetsSteps } from "./report/build";
import { runSteps, type Steps } from "./steps";
import { scopeOf } from "./report/scope";
import type { Rollup } from "./rollup/types";
import type { OutputSheet } from "./report/model";
import type { ReportContext, ValidationResult } from "./validate-pipeline";

export { PackError, resolvePack, validateWorkbooks, validateWorkbooksSteps } from "./validate-pipeline";
export type { PackInfo, ReportContext, ValidationResult } from "./validate-pipeline";

/** Roll validated plans up the pack's hierarchy; figures on cells with error findings are counted and said so. */
export function rollupPlans(validation: ValidationResult): Rollup {
  return runSteps(rollupPlansSteps(validation));
}
export function rollupPlansSteps(validation: ValidationResult): Steps<Rollup> {
  return rollupSteps(validation.plans, validation.pack, errorCellKeys(validation.findings));
}
/** The output sheet models (Validation, Rollup, RAG Summary, Submission, Exceptions, Delivery); only Validation without a rollup. */
export function buildOutputSheets(validation: ValidationResult, rollup: Rollup | null, context: ReportContext): OutputSheet[] {
  return runSteps(buildOutputSheetsSteps(validation, rollup, context));
}
export function buildOutputSheetsSteps(validation: ValidationResult, rollup: Rollup | null, context: ReportContext): Steps<OutputSheet[]> {
  const { findings, plans, packInfo, workbooks, pack } = validation;
  const scope = scopeOf(plans, rollup, (code) => pack.shas.find((s) => s.code === code)?.name);
  return buildReportSheetsSteps({ findings, plans, rollup, pack: packInfo, workbooks, generatedAt: context.generatedAt, scope, rulePack: pack });
}
