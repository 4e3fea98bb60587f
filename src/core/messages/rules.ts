import type { Severity } from "../types";
import type { RuleId } from "../rules/schema";

/**
 * Each rule's title, as sheets, the pane and the command line name it (JSON keeps the rule id). Keyed
 * by every rule id, so a new rule without a title does not compile.
 */
export const RULE_TITLES: Record<RuleId, string> = {
  "missing-columns": "Columns missing",
  "not-a-plan": "Sheet without a plan",
  required: "Value missing",
  "code-list": "Not in the list",
  "not-a-number": "Not a number",
  "error-value": "Formula error",
  "negative-saving": "Negative saving",
  "duplicate-ref": "Reference used twice",
  "total-mismatch": "Total does not add up",
  "declared-total-mismatch": "Total row does not add up",
  "unit-saving": "Saving per unit implausible",
  "organisation-sha": "Organisation in another SHA",
  "unknown-organisation": "Organisation not known",
  "duplicate-plan": "Plan given twice",
  "no-plan": "No plan found",
  "qia-missing": "Quality impact assessment not signed off",
  "qia-no-column": "No quality impact assessment column",
  "not-a-date": "Not a date",
  "period-unreadable": "Reporting month not readable",
  "period-missing": "Reporting month missing",
};

/** A rule's title; an unknown id (a newer pack) is shown as words rather than a code. */
export function ruleTitle(rule: string): string {
  const known = (RULE_TITLES as Record<string, string>)[rule];
  if (known) return known;
  const words = rule.replace(/[-_:]+/g, " ").trim();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

const WORD: Record<Severity, [string, string]> = { error: ["Error", "Errors"], warning: ["Warning", "Warnings"], info: ["Note", "Notes"] };

/** "Error", "Warning", "Note": the one word for each severity, on sheets and in the pane. */
export function severityWord(severity: Severity): string {
  return WORD[severity][0];
}

/** "1 error", "3 notes". */
export function severityCount(severity: Severity, count: number): string {
  return `${count} ${WORD[severity][count === 1 ? 0 : 1].toLowerCase()}`;
}

/** "1 scheme", "41 schemes": never "scheme(s)". */
export function counted(count: number, noun: string, pluralNoun = `${noun}s`): string {
  return `${count.toLocaleString("en-GB")} ${count === 1 ? noun : pluralNoun}`;
}

/** "Cover", "Cover and Read me", "Cover, Notes and Read me". */
export function listed(items: readonly string[]): string {
  if (items.length <= 1) return items.join("");
  return `${items.slice(0, -1).join(", ")} and ${items[items.length - 1]}`;
}
