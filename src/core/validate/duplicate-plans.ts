import { messages } from "../messages/findings";
import type { PackIndex } from "../rules/match";
import type { Finding, Plan, Scheme } from "../types";
import { makeFinding } from "./finding";

const keyOf = (name: string) => name.trim().replace(/\s+/g, " ").toLowerCase();
const planName = (plan: Plan) => plan.organisation.matched ?? plan.organisation.name;
const source = (plan: Plan) => `${plan.workbook} (sheet ${plan.sheet})`;

/**
 * A plan given twice: the first source counts (plans come in the order given: files as named or
 * added, sheets in tab order). The later copy gets one duplicate-plan finding per organisation and
 * is set aside, so it is neither counted nor checked against the first (no duplicate-ref flood).
 */
export function setAsideDuplicatePlans(plans: readonly Plan[], index: PackIndex): { plans: Plan[]; findings: Finding[] } {
  const owner = new Map<string, Plan>();
  const kept: Plan[] = [];
  const findings: Finding[] = [];
  for (const plan of plans) {
    const byOrganisation = new Map<string, { name: string; schemes: Scheme[] }>();
    const entry = (name: string) => {
      const found = byOrganisation.get(keyOf(name)) ?? { name, schemes: [] };
      byOrganisation.set(keyOf(name), found);
      return found;
    };
    if (plan.schemes.length === 0) entry(planName(plan));
    for (const s of plan.schemes) entry(s.organisation ?? planName(plan)).schemes.push(s);

    const repeated = new Set<string>();
    for (const [key, { name, schemes }] of byOrganisation) {
      const first = owner.get(key);
      if (!first) continue;
      repeated.add(key);
      const cell = schemes.find((s) => s.text.organisation)?.text.organisation?.cell ?? plan.organisation.cell ?? "";
      const f = makeFinding(index.pack, "duplicate-plan", { workbook: plan.workbook, sheet: plan.sheet, cell }, "organisation", name,
        messages.duplicatePlan(name, source(first), source(plan)));
      if (f) findings.push(f);
    }
    for (const key of byOrganisation.keys()) if (!owner.has(key)) owner.set(key, plan);
    if (repeated.size === 0) kept.push(plan);
    else if (repeated.size < byOrganisation.size) {
      // Partly a copy: its own organisations still count; its total rows no longer match what is left, so they are not checked.
      kept.push({ ...plan, schemes: plan.schemes.filter((s) => !repeated.has(keyOf(s.organisation ?? planName(plan)))), totals: [] });
    }
  }
  return { plans: kept, findings };
}
