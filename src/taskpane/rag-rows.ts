import { toThousands } from "../core/money";
import type { Rollup, Totals } from "../core/rollup/types";
import type { RagOrUnrated } from "../core/types";

export const RAG_ORDER: RagOrUnrated[] = ["red", "amber", "green", "unrated"];

export interface RagRow {
  name: string;
  /** £000 by RAG. */
  value: Record<RagOrUnrated, number>;
}

export type ChartLevel = "sha" | "organisation";

function ragThousands(t: Totals): Record<RagOrUnrated, number> {
  return {
    red: toThousands(t.ragValue.red),
    amber: toThousands(t.ragValue.amber),
    green: toThousands(t.ragValue.green),
    unrated: toThousands(t.ragValue.unrated),
  };
}

/** Rows for the RAG chart: SHAs or organisations with any value, largest first. */
export function ragRows(rollup: Rollup, level: ChartLevel): RagRow[] {
  const rows = level === "sha"
    ? rollup.shas.map((s) => ({ name: s.name, value: ragThousands(s) }))
    : rollup.organisations.map((o) => ({ name: o.name, value: ragThousands(o) }));
  const total = (r: RagRow) => RAG_ORDER.reduce((sum, k) => sum + r.value[k], 0);
  return rows.filter((r) => total(r) !== 0).sort((a, b) => total(b) - total(a));
}
