import type { CellValue } from "../grid";
import type { RuleId, RulePack } from "../rules/schema";
import type { Finding, Severity } from "../types";

const DEFAULT_SEVERITY: Record<RuleId, Severity> = {
  "missing-columns": "error", "not-a-plan": "info", required: "error", "code-list": "error", "not-a-number": "error",
  "error-value": "error", "negative-saving": "warning", "duplicate-ref": "error", "total-mismatch": "error",
  "declared-total-mismatch": "error", "unit-saving": "warning", "organisation-sha": "error",
  "unknown-organisation": "warning", "duplicate-plan": "error", "no-plan": "error",
  "qia-missing": "warning", "qia-no-column": "info", "not-a-date": "error", "period-unreadable": "error", "period-missing": "warning",
};

export interface Place {
  workbook: string;
  sheet: string;
  cell: string;
}

/** The severity the pack gives a rule, or null when the pack turns it off. */
export function severityOf(pack: RulePack, rule: RuleId): Severity | null {
  const s = pack.rules[rule]?.severity ?? DEFAULT_SEVERITY[rule];
  return s === "off" ? null : s;
}

/** Builds a finding with the pack's severity; undefined when the rule is off. */
export function makeFinding(pack: RulePack, rule: RuleId, place: Place, field: string, value: CellValue | undefined, message: string): Finding | undefined {
  const severity = severityOf(pack, rule);
  if (!severity) return undefined;
  return { rule, severity, workbook: place.workbook, sheet: place.sheet, cell: place.cell, field, value: value ?? null, message };
}
