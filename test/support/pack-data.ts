import pack from "../../src/core/rules/default-pack.json";

/** The bundled pack's reference data, as the fixtures need it. */
export const YEARS: readonly string[] = pack.years;
export const ORGANISATIONS = pack.organisations.map((o) => ({ name: o.name, sha: o.sha, aliases: o.aliases }));
export const SHAS = pack.shas.map((s) => ({ code: s.code, name: s.name, cluster: s.cluster }));
export const WORKSTREAMS = pack.workstreams.map((w) => ({ name: w.name, category: w.category, aliases: w.aliases }));
export const POINTS_OF_DELIVERY = pack.pointsOfDelivery.map((p) => ({
  name: p.name,
  aliases: p.aliases,
  minUnitSaving: "minUnitSaving" in p ? (p.minUnitSaving as number) : undefined,
  maxUnitSaving: "maxUnitSaving" in p ? (p.maxUnitSaving as number) : undefined,
}));
export const RAG_SYNONYMS = pack.rag;

export function organisationsOf(shaCode: string): string[] {
  return ORGANISATIONS.filter((o) => o.sha === shaCode).map((o) => o.name);
}

export function shaOf(organisation: string): { code: string; name: string; cluster: string } {
  const org = ORGANISATIONS.find((o) => o.name === organisation);
  const sha = SHAS.find((s) => s.code === org?.sha);
  if (!sha) throw new Error(`Not a pack organisation: ${organisation}`);
  return sha;
}

export function categoryOf(workstream: string): string {
  const w = WORKSTREAMS.find((x) => x.name === workstream || x.aliases.includes(workstream));
  return w?.category ?? "other";
}
