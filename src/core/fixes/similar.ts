import { normalise } from "../rules/match";

export interface Named {
  name: string;
  aliases: readonly string[];
}

function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    previous = current;
  }
  return previous[b.length];
}

/** 0..1: 1 for the same words; near 1 for a slip of a letter or two ("Medicine management"). */
function similarity(a: string, b: string): number {
  if (!a || !b) return 0;
  return 1 - editDistance(a, b) / Math.max(a.length, b.length);
}

const words = (s: string) => s.split(" ").filter((w) => w.length > 2);

/** Every word of `short` starts a word of `long`, in order ("urgent care" in "urgent and emergency care"). */
function wordsWithin(short: string, long: string): boolean {
  const want = words(short);
  const have = words(long);
  let at = 0;
  for (const w of want) {
    while (at < have.length && !have[at].startsWith(w)) at++;
    if (at++ >= have.length) return false;
  }
  return want.length > 0;
}

const CLOSE = 0.8;

function score(v: string, c: Named): number {
  const texts = [c.name, ...c.aliases].map(normalise);
  return Math.max(...texts.map((t) => (wordsWithin(v, t) ? Math.max(CLOSE, similarity(v, t)) : similarity(v, t))));
}

/** Up to `count` pack names nearest the value, nearest first: for a message's "Did you mean …". */
export function nearestNames(value: string, candidates: readonly Named[], count = 3): string[] {
  const v = normalise(value);
  return candidates
    .map((c) => ({ name: c.name, best: score(v, c) }))
    .filter((s) => s.best >= 0.5)
    .sort((a, b) => b.best - a.best)
    .slice(0, count)
    .map((s) => s.name);
}

/**
 * The pack name a mistyped value most likely means: one whose name or alias is a letter or two away,
 * or whose words it abbreviates. Undefined when nothing is close, or when two names are equally close
 * (then the choice is the user's, not an obvious fix).
 */
export function closestName(value: string, candidates: readonly Named[]): string | undefined {
  const v = normalise(value);
  if (v.length < 3) return undefined;
  const scored = candidates.map((c) => ({ name: c.name, best: score(v, c) })).filter((s) => s.best >= CLOSE).sort((a, b) => b.best - a.best);
  if (scored.length === 0) return undefined;
  if (scored.length > 1 && scored[1].best === scored[0].best) return undefined;
  return scored[0].name;
}
