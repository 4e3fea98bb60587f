import { errorCellKeys, rollup } from "../rollup/rollup";
import { schemeException, sortExceptions, type SchemeException } from "../rollup/exceptions";
import { groupByOrganisation, type OrganisationGroup } from "../rollup/organisations";
import { schemeTotal } from "../rollup/scheme-facts";
import type { RulePack } from "../rules/schema";
import type { Finding, Plan } from "../types";
import { addScheme, emptyLevel } from "./bridge";
import { buildLevels } from "./levels";
import { matchSchemes } from "./match";
import { movementOf, sortMovements, type Movement } from "./movements";
import { schemeChange } from "./scheme-change";
import type { Comparison, LevelChange, SchemeChange } from "./types";

export interface VersionInput {
  plans: readonly Plan[];
  findings: readonly Finding[];
}

const keyOf = (name: string) => name.trim().replace(/\s+/g, " ").toLowerCase();

/**
 * Two versions of the plans, scheme by scheme: the same rollup applied to both, then each
 * organisation's schemes matched. Both versions are read with the one pack given.
 */
export function compareVersions(earlier: VersionInput, later: VersionInput, pack: RulePack): Comparison {
  const before = rollup(earlier.plans, pack, errorCellKeys(earlier.findings));
  const after = rollup(later.plans, pack, errorCellKeys(later.findings));
  const beforeGroups = new Map(groupByOrganisation(earlier.plans, pack).groups.map((g) => [keyOf(g.name), g]));
  const afterGroups = new Map(groupByOrganisation(later.plans, pack).groups.map((g) => [keyOf(g.name), g]));

  const schemes: SchemeChange[] = [];
  const organisations: LevelChange[] = [];
  const exceptions: SchemeException[] = [];
  const notes: string[] = [];
  const movements: Movement[] = [];
  for (const key of new Set([...afterGroups.keys(), ...beforeGroups.keys()])) {
    const b = beforeGroups.get(key);
    const a = afterGroups.get(key);
    const group = (a ?? b) as OrganisationGroup;
    const where = { organisation: group.name, shaCode: a?.shaCode ?? b?.shaCode ?? null, periodEnd: a?.plan.period?.end ?? null };
    if (!b) notes.push(`${group.name} is only in the later version: all its schemes count as new.`);
    if (!a) notes.push(`${group.name} is only in the earlier version: all its schemes count as dropped.`);
    const level = emptyLevel(group.name, where.shaCode, where.shaCode, null);
    level.planRagBefore = b ? (before.organisations.find((o) => keyOf(o.name) === key)?.planRag ?? null) : null;
    level.planRagAfter = a ? (after.organisations.find((o) => keyOf(o.name) === key)?.planRag ?? null) : null;
    for (const pair of matchSchemes(b?.schemes ?? [], a?.schemes ?? [])) {
      const change = schemeChange(pair, where, pack.years);
      schemes.push(change);
      addScheme(level, change);
      const movement = movementOf(pair, change);
      if (movement) movements.push(movement);
      if (!pair.after) continue;
      const earlierScheme = pair.before ? { rag: pair.before.rag, total: schemeTotal(pair.before, pack.years) } : undefined;
      const exception = schemeException(pair.after, where, pack, earlierScheme);
      if (exception) exceptions.push(exception);
    }
    organisations.push(level);
  }
  const levels = buildLevels(organisations, pack, before, after);
  return { years: [...pack.years], schemes, ...levels, exceptions: sortExceptions(exceptions), movements: sortMovements(movements), notes, before, after };
}
