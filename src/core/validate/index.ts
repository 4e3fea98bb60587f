import type { PackIndex } from "../rules/match";
import type { Finding, Plan } from "../types";
import { checkDeclaredTotals, checkDuplicateRefs, checkOrganisation } from "./plan-checks";
import { checkScheme } from "./scheme-checks";
import { checkInYear } from "./in-year-checks";
import { runSteps, type Steps } from "../steps";

/** Every check over every plan; findings in sheet order. */
export function validatePlans(plans: Plan[], index: PackIndex): Finding[] {
  return runSteps(validatePlansSteps(plans, index));
}

/** `validatePlans` one plan a step. */
export function* validatePlansSteps(plans: Plan[], index: PackIndex): Steps<Finding[]> {
  const findings: Finding[] = [];
  const emit = (f: Finding | undefined) => {
    if (f) findings.push(f);
  };
  for (const plan of plans) {
    yield;
    checkOrganisation(plan, index, emit);
    for (const s of plan.schemes) checkScheme(s, index, emit, plan.unit);
    checkDeclaredTotals(plan, index, emit);
    checkInYear(plan, index, emit);
  }
  checkDuplicateRefs(plans, index, emit);
  return findings;
}
