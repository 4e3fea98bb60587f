import { schemeText } from "../rollup/scheme-facts";
import type { Scheme } from "../types";

export type MatchedBy = "ref" | "name";

export interface SchemePair {
  before: Scheme | null;
  after: Scheme | null;
  matchedBy: MatchedBy | null;
}

const refKey = (s: Scheme) => schemeText(s, "schemeRef").replace(/\s+/g, "").toUpperCase();
const nameKey = (s: Scheme) => schemeText(s, "schemeName").replace(/\s+/g, " ").toLowerCase();

/** Buckets of schemes by key, each bucket in plan order (so duplicates pair first with first). */
function buckets(schemes: readonly Scheme[], key: (s: Scheme) => string): Map<string, Scheme[]> {
  const map = new Map<string, Scheme[]>();
  for (const s of schemes) {
    const k = key(s);
    if (k === "") continue;
    map.set(k, [...(map.get(k) ?? []), s]);
  }
  return map;
}

/**
 * Pairs one organisation's schemes across two versions: by scheme reference; then, among the
 * schemes whose reference is on one side only (renumbered), by a name that is unique on both
 * sides. The rest are new or dropped.
 */
export function matchSchemes(before: readonly Scheme[], after: readonly Scheme[]): SchemePair[] {
  const pairs: SchemePair[] = [];
  const beforeByRef = buckets(before, refKey);
  const afterRefs = new Set(after.map(refKey).filter((k) => k !== ""));
  const used = new Set<Scheme>();
  const unmatched: Scheme[] = [];
  for (const s of after) {
    const candidate = beforeByRef.get(refKey(s))?.find((b) => !used.has(b));
    if (candidate) {
      used.add(candidate);
      pairs.push({ before: candidate, after: s, matchedBy: "ref" });
    } else unmatched.push(s);
  }
  const beforeRefs = new Set(before.map(refKey).filter((k) => k !== ""));
  const beforeByName = buckets(before.filter((b) => !used.has(b) && !afterRefs.has(refKey(b))), nameKey);
  const afterByName = buckets(unmatched.filter((s) => !beforeRefs.has(refKey(s))), nameKey);
  for (const s of unmatched) {
    // Only a name that picks out one scheme on each side: two "Care homes" schemes are not guessed at.
    const mine = afterByName.get(nameKey(s));
    const theirs = beforeByName.get(nameKey(s));
    const candidate = mine?.length === 1 && mine[0] === s && theirs?.length === 1 ? theirs[0] : undefined;
    if (candidate) {
      used.add(candidate);
      pairs.push({ before: candidate, after: s, matchedBy: "name" });
    } else pairs.push({ before: null, after: s, matchedBy: null });
  }
  for (const b of before) if (!used.has(b)) pairs.push({ before: b, after: null, matchedBy: null });
  return pairs;
}
