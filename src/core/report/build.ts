import { oneStep, runSteps, type Steps } from "../steps";
import type { Finding, Plan } from "../types";
import type { Rollup } from "../rollup/types";
import { deliverySheet } from "./delivery-sheet";
import { exceptionsSheet } from "./exceptions-sheet";
import { capHyperlinks } from "./link-cap";
import { allFindings, countBySeverity } from "./findings";
import type { ReportMeta } from "./header";
import type { OutputSheet } from "./model";
import { ragSheet } from "./rag-sheet";
import { rollupSheet } from "./rollup-sheet";
import { reportCardSheetSteps } from "./report-card-sheet";
import { defaultPack } from "../rules/load";
import type { RulePack } from "../rules/schema";
import { latestPeriod, scopeOf } from "./scope";
import { submissionSheet } from "./submission-sheet";
import { validationSheet } from "./validation-sheet";

export interface ReportInput extends ReportMeta {
  findings: readonly Finding[];
  plans: readonly Plan[];
  /** Null for validate-only: then only the QIPP Validation sheet. */
  rollup: Rollup | null;
  /** The pack in force, for the report card (themes, materiality, workstreams); the bundled one when not given. */
  rulePack?: RulePack;
}

/** The add-in's output sheets, in OUTPUT_SHEET_NAMES order. */
export function buildReportSheets(given: ReportInput): OutputSheet[] {
  return runSteps(buildReportSheetsSteps(given));
}

/** `buildReportSheets` one output sheet a step. */
export function* buildReportSheetsSteps(given: ReportInput): Steps<OutputSheet[]> {
  const rulePack = given.rulePack ?? defaultPack();
  const input = {
    ...given,
    scope: given.scope ?? scopeOf(given.plans, given.rollup, (code) => rulePack.shas.find((s) => s.code === code)?.name),
    period: given.period ?? latestPeriod(given.plans),
    materialityThousands: given.materialityThousands ?? rulePack.parameters.exceptions.materialityThousands,
  };
  const findings = allFindings(input.findings, input.rollup);
  const sheets = [validationSheet(findings, input.plans, input)];
  const { rollup } = input;
  if (rollup) {
    // Each runs when its turn comes (generators are lazy), with a pause before it.
    const makers: Steps<OutputSheet>[] = [
      oneStep(() => rollupSheet(rollup, input)), oneStep(() => ragSheet(rollup, input)), oneStep(() => submissionSheet(rollup, countBySeverity(findings).error, input)),
      oneStep(() => exceptionsSheet(rollup.exceptions, input)), reportCardSheetSteps(input.plans, rollup, rulePack, input), oneStep(() => deliverySheet(rollup, input.plans, input)),
    ];
    for (const make of makers) {
      yield;
      sheets.push(yield* make);
    }
  }
  yield;
  return sheets.map((sheet) => capHyperlinks(sheet));
}
