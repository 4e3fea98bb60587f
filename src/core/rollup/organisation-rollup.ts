import { toPence } from "../money";
import type { RulePack } from "../rules/schema";
import type { OrganisationGroup } from "./organisations";
import { computePlanRag } from "./plan-rag";
import { schemeRange } from "./scheme-range";
import { addScheme } from "./scheme-totals";
import { challengeOf } from "./in-year-totals";
import { emptyTotals } from "./totals";
import type { OrganisationRollup } from "./types";

export function organisationRollup(group: OrganisationGroup, pack: RulePack, errorCells: ReadonlySet<string>): OrganisationRollup {
  const totals = emptyTotals(pack.years);
  const periodEnd = group.plan.period?.end ?? null;
  for (const scheme of group.schemes) addScheme(totals, scheme, pack, errorCells, periodEnd);
  totals.challenge = challengeOf(pack.organisations.find((o) => o.name === group.name)?.challenge, totals.qippSavings.total);
  const declared = group.isPlanOrganisation ? group.plan.declaredRag : undefined;
  return {
    name: group.name,
    // The pack has no organisation codes yet.
    code: null,
    shaCode: group.shaCode,
    sources: [{ workbook: group.plan.workbook, sheet: group.plan.sheet, range: schemeRange(group.plan, group.schemes) }],
    budget: organisationBudget(group, pack),
    planRag: declared ? declared.rag : computePlanRag(totals, pack.parameters.planRag),
    planRagSource: declared ? "declared" : "computed",
    ...totals,
  };
}

/** The plan's own `Planned budget`, else the pack's budget for the organisation (£000). */
function organisationBudget(group: OrganisationGroup, pack: RulePack): number | null {
  if (group.isPlanOrganisation && group.plan.budget) return group.plan.budget.pence;
  const fromPack = pack.organisations.find((o) => o.name === group.name)?.plannedBudget;
  return fromPack === undefined ? null : toPence(fromPack);
}

/** Organisations in the pack's SHA order, then by name; those without an SHA last. */
export function sortOrganisations(organisations: OrganisationRollup[], pack: RulePack): OrganisationRollup[] {
  const shaIndex = (code: string | null) => {
    const i = code === null ? -1 : pack.shas.findIndex((s) => s.code === code);
    return i === -1 ? pack.shas.length : i;
  };
  const byName = (a: string, b: string) => (a.toLowerCase() < b.toLowerCase() ? -1 : a.toLowerCase() > b.toLowerCase() ? 1 : a < b ? -1 : a > b ? 1 : 0);
  return [...organisations].sort((a, b) => shaIndex(a.shaCode) - shaIndex(b.shaCode) || byName(a.name, b.name));
}
