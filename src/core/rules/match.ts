import type { Rag, Rag5 } from "../types";
import type { RulePack } from "./schema";

/** Header and code text compared loosely: case, spacing, punctuation, "&"/"and" and a trailing colon ignored. */
export function normalise(text: string): string {
  return text
    .toLowerCase()
    .replace(/&/g, " and ")
    .replace(/[^a-z0-9£]+/g, " ")
    .trim();
}

/** Organisation names also drop an "NHS" prefix and "cluster"/"PCT" suffixes. */
export function normaliseOrganisation(text: string): string {
  let t = normalise(text);
  t = t.replace(/^nhs /, "");
  for (;;) {
    const next = t.replace(/ (pct cluster|cluster|pct|primary care trust|primary care trusts|pcts)$/, "");
    if (next === t) break;
    t = next;
  }
  return t;
}

/** Code-list text also drops list numbering and a "QIPP" word: "3. QIPP Right Care" is Right Care. */
export function normaliseCode(text: string): string {
  return normalise(text)
    .replace(/^(ws|workstream|no)?\s*\d+[a-z]?\s+/, "")
    .replace(/^qipp /, "")
    .replace(/ (workstream|programme)$/, "");
}

export interface PackIndex {
  pack: RulePack;
  organisation(text: string): { name: string; sha: string } | undefined;
  sha(text: string): { code: string; name: string; cluster: string } | undefined;
  workstream(text: string): string | undefined;
  pointOfDelivery(text: string): RulePack["pointsOfDelivery"][number] | undefined;
  /** Three-point: the pack's `rag` lists, else a five-point rating folded as the pack says. */
  rag(text: string): Rag | undefined;
  rag5(text: string): Rag5 | undefined;
}

const RAG5: readonly Rag5[] = ["green", "amber-green", "amber", "amber-red", "red"];

/** A lookup by normalised text; answers are remembered per raw text, since plans repeat the same few codes. */
function lookup<T>(entries: [string[], T][], norm: (s: string) => string): (text: string) => T | undefined {
  const map = new Map<string, T>();
  for (const [names, value] of entries) for (const n of names) if (!map.has(norm(n))) map.set(norm(n), value);
  const seen = new Map<string, T | undefined>();
  return (text) => {
    if (seen.has(text)) return seen.get(text);
    const hit = map.get(norm(text));
    if (seen.size < 10_000) seen.set(text, hit);
    return hit;
  };
}

const cache = new WeakMap<RulePack, PackIndex>();

/** Lookups from loosely written text to the pack's code lists, built once per pack. */
export function indexPack(pack: RulePack): PackIndex {
  const hit = cache.get(pack);
  if (hit) return hit;
  const org = lookup(pack.organisations.map((o) => [[o.name, ...o.aliases, ...(o.code ? [o.code] : [])], { name: o.name, sha: o.sha }]), normaliseOrganisation);
  const sha = lookup(pack.shas.map((s) => [[s.code, s.name, ...s.aliases], { code: s.code, name: s.name, cluster: s.cluster }]), normaliseOrganisation);
  const index: PackIndex = {
    pack,
    organisation: org,
    sha,
    workstream: lookup(pack.workstreams.map((w) => [[w.name, ...w.aliases], w.name]), normaliseCode),
    pointOfDelivery: lookup(pack.pointsOfDelivery.map((p) => [[p.name, ...p.aliases], p]), normaliseCode),
    rag: () => undefined,
    rag5: lookup(
      RAG5.map((r) => [pack.rag5[r], r]),
      normalise,
    ),
  };
  const three = lookup(
    (["red", "amber", "green"] as Rag[]).map((r) => [pack.rag[r], r]),
    normalise,
  );
  const fold = pack.parameters.fivePointAsThree;
  index.rag = (text) => {
    const hit = three(text);
    if (hit) return hit;
    const five = index.rag5(text);
    return five === "amber-green" || five === "amber-red" ? fold[five] : five;
  };
  cache.set(pack, index);
  return index;
}
