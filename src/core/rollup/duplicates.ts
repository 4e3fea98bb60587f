import { messages } from "../messages/findings";
import type { RulePack } from "../rules/schema";
import type { Finding, Plan, Scheme } from "../types";

/** An organisation fed twice: said plainly, and the later plan's schemes are left out. */
export function duplicatePlanFinding(
  earlier: { plan: Plan },
  later: Plan,
  organisation: string,
  schemes: readonly Scheme[],
  pack: RulePack,
): Finding | null {
  const severity = pack.rules["duplicate-plan"]?.severity ?? "error";
  // Switched off in the pack: still counted once, just not reported.
  if (severity === "off") return null;
  const cell = schemes.find((s) => s.text.organisation)?.text.organisation?.cell ?? later.organisation.cell ?? "";
  return {
    rule: "duplicate-plan",
    severity,
    workbook: later.workbook,
    sheet: later.sheet,
    cell,
    field: "organisation",
    value: organisation,
    message: messages.duplicatePlan(organisation, `${earlier.plan.workbook} (sheet ${earlier.plan.sheet})`, `${later.workbook} (sheet ${later.sheet})`),
  };
}
