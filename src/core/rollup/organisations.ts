import type { RulePack } from "../rules/schema";
import type { Finding, Plan, Scheme } from "../types";
import { duplicatePlanFinding } from "./duplicates";

/** The schemes of one organisation, all from the one plan that counts for it. */
export interface OrganisationGroup {
  name: string;
  plan: Plan;
  schemes: Scheme[];
  /** True when the plan itself is about this organisation (so its budget and declared RAG apply). */
  isPlanOrganisation: boolean;
  shaCode: string | null;
}

export function planOrganisationName(plan: Plan): string {
  return plan.organisation.matched ?? plan.organisation.name;
}

function keyOf(name: string): string {
  return name.trim().replace(/\s+/g, " ").toLowerCase();
}

/**
 * Groups schemes by resolved organisation. An organisation found in more than one plan counts
 * from the first plan given only (validation gives them in order: files as named, sheets in tab
 * order, and has already set later copies aside); each later plan gets a duplicate-plan finding.
 */
export function groupByOrganisation(plans: readonly Plan[], pack: RulePack): { groups: OrganisationGroup[]; findings: Finding[] } {
  const groups = new Map<string, OrganisationGroup>();
  const findings: Finding[] = [];
  for (const plan of plans) {
    const planName = planOrganisationName(plan);
    const inThisPlan = new Map<string, { name: string; schemes: Scheme[] }>();
    const entry = (name: string) => {
      const key = keyOf(name);
      const found = inThisPlan.get(key) ?? { name, schemes: [] };
      inThisPlan.set(key, found);
      return found;
    };
    if (plan.schemes.length === 0) entry(planName);
    for (const scheme of plan.schemes) entry(scheme.organisation ?? planName).schemes.push(scheme);

    for (const [key, { name, schemes }] of inThisPlan) {
      const earlier = groups.get(key);
      if (earlier) {
        const finding = duplicatePlanFinding(earlier, plan, name, schemes, pack);
        if (finding) findings.push(finding);
        continue;
      }
      const isPlanOrganisation = key === keyOf(planName);
      groups.set(key, { name, plan, schemes, isPlanOrganisation, shaCode: shaOf(name, schemes, plan, isPlanOrganisation, pack) });
    }
  }
  return { groups: [...groups.values()], findings };
}

/** The SHA an organisation belongs to: the pack's, else what the reader resolved; null when unknown. */
function shaOf(name: string, schemes: Scheme[], plan: Plan, isPlanOrganisation: boolean, pack: RulePack): string | null {
  const known = new Set(pack.shas.map((s) => s.code));
  const packOrganisation = pack.organisations.find((o) => o.name === name);
  const candidates = [
    packOrganisation?.sha,
    ...schemes.map((s) => s.shaCode),
    isPlanOrganisation ? plan.organisation.shaCode : undefined,
  ];
  return candidates.find((code): code is string => code !== undefined && known.has(code)) ?? null;
}
