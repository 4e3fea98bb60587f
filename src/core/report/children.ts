import type { HierarchyRow } from "./hierarchy-rows";

/**
 * For each hierarchy row, the indices of the rows it totals: those one level deeper within its
 * block (England: the SHA clusters and any organisation without an SHA; a cluster: its SHAs; an SHA:
 * its organisations). Parent totals in the engine are exactly these sums (rollup/hierarchy.ts).
 */
export function childRows(rows: readonly Pick<HierarchyRow, "depth">[]): number[][] {
  return rows.map((row, i) => {
    const children: number[] = [];
    for (let j = i + 1; j < rows.length && rows[j].depth > row.depth; j++) if (rows[j].depth === row.depth + 1) children.push(j);
    return children;
  });
}
