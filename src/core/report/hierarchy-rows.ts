import type { OutputCell } from "./model";
import type { Rag } from "../types";
import type { OrganisationRollup, ParentRollup, Rollup, Totals } from "../rollup/types";
import { singleSha } from "./scope";

export type LevelName = "England" | "SHA cluster" | "SHA" | "Organisation";

export interface HierarchyRow {
  level: LevelName;
  /** 0 for England … 3 for an organisation (1 for an organisation without an SHA). */
  depth: number;
  name: string;
  code: string | null;
  totals: Totals;
  budget: number | null;
  shareOfNational: number | null;
  shareOfBudget: number | null;
  planRag?: Rag;
  planRagSource?: OrganisationRollup["planRagSource"];
  planRagCount?: Record<Rag, number>;
  /** The plan sheets an organisation's figures were read from, and the range of its schemes there. */
  sources?: { workbook: string; sheet: string; range?: string }[];
}

function parentRow(level: LevelName, depth: number, name: string, code: string | null, p: ParentRollup): HierarchyRow {
  return { level, depth, name, code, totals: p, budget: p.budget, shareOfNational: p.shareOfNational, shareOfBudget: p.shareOfBudget, planRagCount: p.planRagCount };
}

function organisationRow(o: OrganisationRollup, depth: number, nationalQipp: number): HierarchyRow {
  const qipp = o.qippSavings.total;
  return {
    level: "Organisation",
    depth,
    name: o.name,
    code: o.code,
    totals: o,
    budget: o.budget,
    shareOfNational: nationalQipp === 0 ? null : (100 * qipp) / nationalQipp,
    shareOfBudget: o.budget === null || o.budget === 0 ? null : (100 * qipp) / o.budget,
    planRag: o.planRag,
    planRagSource: o.planRagSource,
    sources: o.sources,
  };
}

/**
 * England, then each SHA cluster, its SHAs and their organisations; organisations without an SHA last.
 * A single SHA's return starts at the SHA: England and its cluster would only repeat it.
 */
export function hierarchyRows(rollup: Rollup): HierarchyRow[] {
  const nationalQipp = rollup.national.qippSavings.total;
  if (singleSha(rollup)) {
    const sha = rollup.shas[0];
    return [parentRow("SHA", 0, sha.name, sha.code, sha), ...rollup.organisations.map((o) => organisationRow(o, 1, nationalQipp))];
  }
  const rows: HierarchyRow[] = [parentRow("England", 0, "England", null, rollup.national)];
  for (const cluster of rollup.shaClusters) {
    rows.push(parentRow("SHA cluster", 1, cluster.name, null, cluster));
    for (const sha of rollup.shas.filter((s) => s.cluster === cluster.name)) {
      rows.push(parentRow("SHA", 2, sha.name, sha.code, sha));
      for (const o of rollup.organisations.filter((org) => org.shaCode === sha.code)) rows.push(organisationRow(o, 3, nationalQipp));
    }
  }
  for (const o of rollup.organisations.filter((org) => org.shaCode === null)) rows.push(organisationRow(o, 1, nationalQipp));
  return rows;
}

/** A link to an organisation's schemes on its plan sheet (else the sheet's A1), when that sheet is in the open workbook. */
export function sourceLinkOf(sources: HierarchyRow["sources"], openWorkbook: string | undefined): Pick<OutputCell, "link"> {
  const first = sources?.[0];
  return first && first.workbook === openWorkbook ? { link: { sheet: first.sheet, cell: first.range ?? "A1" } } : {};
}
