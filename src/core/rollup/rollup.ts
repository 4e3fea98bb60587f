import { runSteps, type Steps } from "../steps";
import type { RulePack } from "../rules/schema";
import type { Plan } from "../types";
import { schemeException, sortExceptions, type SchemeException } from "./exceptions";
import { buildHierarchy } from "./hierarchy";
import { hasInYearFigures } from "./in-year-reasons";
import { largestSchemesBySha } from "./largest";
import { organisationRollup, sortOrganisations } from "./organisation-rollup";
import { groupByOrganisation } from "./organisations";
import type { Rollup } from "./types";

/**
 * Rolls plans up organisation → SHA → SHA cluster → England, in exact pence.
 * `errorCells` holds `${workbook}|${sheet}|${cell}` of cells with an error finding, so each level
 * can say how many of its figures rest on them.
 */
export function rollup(plans: readonly Plan[], pack: RulePack, errorCells: ReadonlySet<string> = new Set()): Rollup {
  return runSteps(rollupSteps(plans, pack, errorCells));
}

/** `rollup` one organisation a step. */
export function* rollupSteps(plans: readonly Plan[], pack: RulePack, errorCells: ReadonlySet<string> = new Set()): Steps<Rollup> {
  const { groups, findings } = groupByOrganisation(plans, pack);
  const rolled = [];
  for (const group of groups) {
    yield;
    rolled.push(organisationRollup(group, pack, errorCells));
  }
  const organisations = sortOrganisations(rolled, pack);
  yield;
  const hierarchy = buildHierarchy(organisations, pack);
  const largest = largestSchemesBySha(groups, pack.years);
  const shas = hierarchy.shas.map((sha) => ({ ...sha, largestSchemes: largest.get(sha.code) ?? [] }));
  const exceptions: SchemeException[] = [];
  const forecastYear = pack.forecastYear ?? pack.years[0];
  yield;
  for (const group of groups) {
    const periodEnd = group.plan.period?.end ?? null;
    for (const scheme of group.schemes) {
      // One version can only be red, below forecast or behind in-year: most schemes are none, and cost nothing.
      if (scheme.rag !== "red" && (scheme.forecast[forecastYear]?.value ?? null) === null && !hasInYearFigures(scheme)) continue;
      const exception = schemeException(scheme, { organisation: group.name, shaCode: group.shaCode, periodEnd }, pack);
      if (exception) exceptions.push(exception);
    }
  }
  return { years: [...pack.years], organisations, shas, shaClusters: hierarchy.shaClusters, national: hierarchy.national, findings, exceptions: sortExceptions(exceptions) };
}

/** Keys of the cells that carry an error finding, for `rollup`. */
export function errorCellKeys(findings: readonly { severity: string; workbook: string; sheet: string; cell: string }[]): Set<string> {
  return new Set(findings.filter((f) => f.severity === "error" && f.cell !== "").map((f) => `${f.workbook}|${f.sheet}|${f.cell}`));
}
