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
import { submissionSheet } from "./submission-sheet";
import { validationSheet } from "./validation-sheet";

export interface ReportInput extends ReportMeta {
  findings: readonly Finding[];
  plans: readonly Plan[];
  /** Null for validate-only: then only the QIPP Validation sheet. */
  rollup: Rollup | null;
}

/** The add-in's output sheets, in OUTPUT_SHEET_NAMES order. */
export function buildReportSheets(input: ReportInput): OutputSheet[] {
  const findings = allFindings(input.findings, input.rollup);
  const sheets = [validationSheet(findings, input.plans, input)];
  if (input.rollup) {
    sheets.push(rollupSheet(input.rollup, input), ragSheet(input.rollup, input), submissionSheet(input.rollup, countBySeverity(findings).error, input));
    sheets.push(exceptionsSheet(input.rollup.exceptions, input));
    sheets.push(deliverySheet(input.rollup, input.plans, input));
  }
  return sheets.map((sheet) => capHyperlinks(sheet));
}
