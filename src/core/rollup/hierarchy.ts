import { toPence, type Pence } from "../money";
import type { RulePack } from "../rules/schema";
import type { Rag } from "../types";
import { challengeOf } from "./in-year-totals";
import { sumTotals } from "./totals";
import type { OrganisationRollup, ParentRollup, ShaClusterRollup, ShaRollup, Totals } from "./types";

type Level = Omit<ParentRollup, "shareOfNational" | "shareOfBudget">;

/** SHA → SHA cluster → England over the organisations; only SHAs and clusters with organisations appear. */
export function buildHierarchy(organisations: readonly OrganisationRollup[], pack: RulePack) {
  const shas = pack.shas
    .map((sha) => {
      const members = organisations.filter((o) => o.shaCode === sha.code);
      if (members.length === 0) return null;
      const fromPack = sha.plannedBudget === undefined ? null : toPence(sha.plannedBudget);
      const level = parent(pack, members, members.map((o) => o.budget), fromPack);
      level.challenge = challengeOf(sha.challenge, level.qippSavings.total);
      return { code: sha.code, name: sha.name, cluster: sha.cluster, ...level };
    })
    .filter((sha) => sha !== null);

  const clusterNames = [...new Set([...pack.shaClusters.map((c) => c.name), ...pack.shas.map((s) => s.cluster)])];
  const clusters = clusterNames
    .map((name) => {
      const members = shas.filter((s) => s.cluster === name);
      if (members.length === 0) return null;
      const level = parent(pack, members, members.map((s) => s.budget), null);
      // A cluster's challenge is its SHAs' when every one of them has one.
      const targets = pack.shas.filter((s) => s.cluster === name && members.some((m) => m.code === s.code)).map((s) => s.challenge);
      level.challenge = challengeOf(targets.every((t) => t !== undefined) ? targets.reduce<number>((a, t) => a + (t ?? 0), 0) : undefined, level.qippSavings.total);
      return { name, ...level };
    })
    .filter((cluster) => cluster !== null);

  // Organisations with no known SHA still count towards England.
  const orphans = organisations.filter((o) => o.shaCode === null);
  const children: (Totals & { planRagCount?: Record<Rag, number>; budget: Pence | null })[] = [...clusters, ...orphans];
  const national = withShares(parent(pack, children, children.map((c) => c.budget), null), null);
  national.challenge = challengeOf(pack.challenge, national.qippSavings.total);
  const nationalQipp = national.qippSavings.total;

  return {
    shas: shas.map((s): Omit<ShaRollup, "largestSchemes"> => withShares(s, nationalQipp)),
    shaClusters: clusters.map((c): ShaClusterRollup => withShares(c, nationalQipp)),
    national: { ...national, shareOfNational: nationalQipp === 0 ? null : 100 },
  };
}

/** A parent level: the sum of its children, the plan RAG count of the organisations beneath it, a budget. */
function parent(
  pack: RulePack,
  children: readonly (Totals & { planRag?: Rag; planRagCount?: Record<Rag, number> })[],
  budgets: readonly (Pence | null)[],
  fallbackBudget: Pence | null,
): Level {
  const planRagCount: Record<Rag, number> = { red: 0, amber: 0, green: 0 };
  for (const child of children) {
    if (child.planRag) planRagCount[child.planRag] += 1;
    if (child.planRagCount) for (const rag of ["red", "amber", "green"] as const) planRagCount[rag] += child.planRagCount[rag];
  }
  const allBudgets = budgets.length > 0 && budgets.every((b) => b !== null);
  const budget = allBudgets ? budgets.reduce<number>((a, b) => a + (b ?? 0), 0) : fallbackBudget;
  return { ...sumTotals(pack.years, children), planRagCount, budget };
}

function withShares<T extends Level>(level: T, nationalQipp: Pence | null): T & Pick<ParentRollup, "shareOfNational" | "shareOfBudget"> {
  const qipp = level.qippSavings.total;
  return {
    ...level,
    shareOfNational: nationalQipp === null || nationalQipp === 0 ? null : (100 * qipp) / nationalQipp,
    shareOfBudget: level.budget === null || level.budget === 0 ? null : (100 * qipp) / level.budget,
  };
}
