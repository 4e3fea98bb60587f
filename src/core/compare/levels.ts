import { computePlanRag } from "../rollup/plan-rag";
import type { Rollup, Totals } from "../rollup/types";
import type { RulePack } from "../rules/schema";
import type { Rag } from "../types";
import { addLevel, emptyLevel } from "./bridge";
import type { LevelChange } from "./types";

const planRag = (totals: Totals | undefined, pack: RulePack): Rag | null => (totals ? computePlanRag(totals, pack.parameters.planRag) : null);

/** Organisations in the pack's SHA order, then by name; those without an SHA last. */
function sortOrganisations(list: LevelChange[], pack: RulePack): LevelChange[] {
  const rank = (code: string | null) => {
    const i = code === null ? -1 : pack.shas.findIndex((s) => s.code === code);
    return i === -1 ? pack.shas.length : i;
  };
  return [...list].sort((a, b) => rank(a.shaCode) - rank(b.shaCode) || a.name.toLowerCase().localeCompare(b.name.toLowerCase()));
}

/** SHA → SHA cluster → England over the organisations' bridges; plan RAG from each version's rollup. */
export function buildLevels(organisations: LevelChange[], pack: RulePack, before: Rollup, after: Rollup) {
  const shas = pack.shas.flatMap((sha) => {
    const members = organisations.filter((o) => o.shaCode === sha.code);
    if (members.length === 0) return [];
    const level = emptyLevel(sha.name, sha.code, sha.code, sha.cluster);
    for (const m of members) addLevel(level, m);
    level.planRagBefore = planRag(before.shas.find((s) => s.code === sha.code), pack);
    level.planRagAfter = planRag(after.shas.find((s) => s.code === sha.code), pack);
    return [level];
  });
  const shaClusters = [...new Set(pack.shas.map((s) => s.cluster))].flatMap((name) => {
    const members = shas.filter((s) => s.cluster === name);
    if (members.length === 0) return [];
    const level = emptyLevel(name, null, null, name);
    for (const m of members) addLevel(level, m);
    level.planRagBefore = planRag(before.shaClusters.find((c) => c.name === name), pack);
    level.planRagAfter = planRag(after.shaClusters.find((c) => c.name === name), pack);
    return [level];
  });
  const national = emptyLevel("England", null, null, null);
  for (const o of organisations) addLevel(national, o);
  national.planRagBefore = before.national.schemes > 0 ? planRag(before.national, pack) : null;
  national.planRagAfter = after.national.schemes > 0 ? planRag(after.national, pack) : null;
  return { organisations: sortOrganisations(organisations, pack), shas, shaClusters, national };
}
