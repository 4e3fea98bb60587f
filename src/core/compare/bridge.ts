import type { RagOrUnrated } from "../types";
import type { Bridge, ChangeStatus, LevelChange, RagMatrix, SchemeChange } from "./types";

const RAGS: readonly RagOrUnrated[] = ["green", "amber", "red", "unrated"];

function matrix<T>(zero: T): RagMatrix<T> {
  const row = () => Object.fromEntries(RAGS.map((r) => [r, zero])) as Record<RagOrUnrated, T>;
  return { green: row(), amber: row(), red: row(), unrated: row() };
}

export function emptyLevel(name: string, code: string | null, shaCode: string | null, cluster: string | null): LevelChange {
  return {
    name, code, shaCode, cluster, before: 0, after: 0, new: 0, dropped: 0, changed: 0,
    planRagBefore: null, planRagAfter: null,
    migration: { count: matrix(0), value: matrix(0) },
    counts: { new: 0, dropped: 0, changed: 0, unchanged: 0 },
  };
}

/** Adds one scheme's change into a level: every figure is integer pence, so the bridge closes exactly. */
export function addScheme(level: LevelChange, change: SchemeChange): void {
  const before = change.before?.total ?? 0;
  const after = change.after?.total ?? 0;
  level.before += before;
  level.after += after;
  level.counts[change.status] += 1;
  if (change.status === "new") level.new += after;
  else if (change.status === "dropped") level.dropped += before;
  else level.changed += after - before;
  if (change.ragBefore && change.ragAfter) {
    level.migration.count[change.ragBefore][change.ragAfter] += 1;
    level.migration.value[change.ragBefore][change.ragAfter] += after;
  }
}

/** Adds a child level's figures into its parent. */
export function addLevel(parent: LevelChange, child: LevelChange): void {
  for (const key of ["before", "after", "new", "dropped", "changed"] as const) parent[key] += child[key];
  for (const status of Object.keys(child.counts) as ChangeStatus[]) parent.counts[status] += child.counts[status];
  for (const from of RAGS) {
    for (const to of RAGS) {
      parent.migration.count[from][to] += child.migration.count[from][to];
      parent.migration.value[from][to] += child.migration.value[from][to];
    }
  }
}

export function bridgeCloses(b: Bridge): boolean {
  return b.before + b.new - b.dropped + b.changed === b.after;
}

