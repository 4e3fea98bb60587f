import type { RulePack } from "../rules/schema";
import type { Plan } from "../types";
import { buildHierarchy } from "./hierarchy";
import { organisationRollup, sortOrganisations } from "./organisation-rollup";
import { groupByOrganisation } from "./organisations";
import type { Rollup } from "./types";

/**
 * Rolls plans up organisation → SHA → SHA cluster → England, in exact pence.
 * `errorCells` holds `${workbook}|${sheet}|${cell}` of cells with an error finding, so each level
 * can say how many of its figures rest on them.
 */
export function rollup(plans: readonly Plan[], pack: RulePack, errorCells: ReadonlySet<string> = new Set()): Rollup {
  const { groups, findings } = groupByOrganisation(plans, pack);
  const organisations = sortOrganisations(
    groups.map((group) => organisationRollup(group, pack, errorCells)),
    pack,
  );
  const { shas, shaClusters, national } = buildHierarchy(organisations, pack);
  return { years: [...pack.years], organisations, shas, shaClusters, national, findings };
}

/** Keys of the cells that carry an error finding, for `rollup`. */
export function errorCellKeys(findings: readonly { severity: string; workbook: string; sheet: string; cell: string }[]): Set<string> {
  return new Set(findings.filter((f) => f.severity === "error" && f.cell !== "").map((f) => `${f.workbook}|${f.sheet}|${f.cell}`));
}
