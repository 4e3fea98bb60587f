import type { Pence } from "../money";
import type { Year } from "../types";
import type { OrganisationGroup } from "./organisations";
import { schemeCell, schemeText, schemeTotal } from "./scheme-facts";

export interface LargestScheme {
  organisation: string;
  ref: string;
  name: string;
  total: Pence;
  workbook: string;
  sheet: string;
  cell: string;
}

export const LARGEST_PER_SHA = 5;

/** Per SHA code, its largest schemes by four-year total (ties by organisation, then ref). */
export function largestSchemesBySha(groups: readonly OrganisationGroup[], years: readonly Year[], keep = LARGEST_PER_SHA): Map<string, LargestScheme[]> {
  const bySha = new Map<string, LargestScheme[]>();
  const before = (a: LargestScheme, b: LargestScheme) =>
    b.total - a.total || (a.organisation < b.organisation ? -1 : a.organisation > b.organisation ? 1 : a.ref < b.ref ? -1 : a.ref > b.ref ? 1 : 0);
  for (const group of groups) {
    if (group.shaCode === null) continue;
    const top = bySha.get(group.shaCode) ?? [];
    for (const scheme of group.schemes) {
      const total = schemeTotal(scheme, years);
      // Only a scheme that would make the top list costs an allocation: plans run to 200,000 schemes.
      if (top.length === keep && total < top[keep - 1].total) continue;
      top.push({ organisation: group.name, ref: schemeText(scheme, "schemeRef"), name: schemeText(scheme, "schemeName"), total, workbook: scheme.workbook, sheet: scheme.sheet, cell: schemeCell(scheme, "schemeName") });
      top.sort(before);
      if (top.length > keep) top.pop();
    }
    bySha.set(group.shaCode, top);
  }
  return bySha;
}
