import { ragClass } from "./plan-tally";
import { makeSchemes, type SchemeRecord } from "./schemes";

/** What a correct compare must say about one scheme, worked out from the records alone. */
export interface SchemeTruth {
  organisation: string;
  ref: string;
  /** The reference last month (differs from ref when renumbered). */
  beforeRef: string | null;
  status: "new" | "dropped" | "changed" | "unchanged";
  matchedBy: "ref" | "name" | null;
  beforePence: number | null;
  afterPence: number | null;
}

export interface MonthPair {
  before: SchemeRecord[];
  after: SchemeRecord[];
  truth: SchemeTruth[];
}

const total = (s: SchemeRecord) => s.savingsPence.reduce((a, b) => a + b, 0);

/**
 * Last month's schemes of one organisation and this month's, with every kind of move: renumbered
 * references, dropped and new schemes, RAG moves both ways, reduced savings, forecasts either side
 * of 90% of plan. Scheme i gets move i % 10, so every pair has each move.
 */
export function monthPair(organisation: string, count: number, seed: number): MonthPair {
  const base = makeSchemes({ organisation, count, seed, canonicalNames: true }).map((s) => ({ ...s, name: `${s.name} ${s.ref}` }));
  const before: SchemeRecord[] = [];
  const after: SchemeRecord[] = [];
  const truth: SchemeTruth[] = [];
  base.forEach((scheme, i) => {
    const b = structuredClone(scheme);
    const a = structuredClone(scheme);
    let matchedBy: SchemeTruth["matchedBy"] = "ref";
    switch (i % 10) {
      case 0: a.ref = `${scheme.ref}-R`; matchedBy = "name"; break;
      case 1: before.push(b); truth.push({ organisation, ref: b.ref, beforeRef: b.ref, status: "dropped", matchedBy: null, beforePence: total(b), afterPence: null }); return;
      case 2: b.rag = "Green"; a.rag = "Red"; break;
      case 3: b.rag = "Red"; a.rag = "Green"; break;
      case 4: a.savingsPence = b.savingsPence.map((p) => Math.round(p / 200) * 100); break;
      case 5: a.forecastPence = Math.round((a.savingsPence[0] * 0.63) / 100) * 100; break;
      case 6: a.forecastPence = a.savingsPence[0]; break;
      case 7: b.rag = "Amber"; a.rag = "Red"; a.savingsPence = [...b.savingsPence.slice(0, 3), b.savingsPence[3] + 12_300]; break;
    }
    before.push(b);
    after.push(a);
    const moved = b.savingsPence.some((p, y) => p !== a.savingsPence[y]) || ragClass(b.rag) !== ragClass(a.rag);
    truth.push({ organisation, ref: a.ref, beforeRef: b.ref, status: moved ? "changed" : "unchanged", matchedBy, beforePence: total(b), afterPence: total(a) });
  });
  const fresh = makeSchemes({ organisation, count: Math.max(2, Math.floor(count / 8)), seed: seed + 1, canonicalNames: true, firstNumber: 900 });
  for (const s of fresh) {
    s.name = `${s.name} ${s.ref}`;
    after.push(s);
    truth.push({ organisation, ref: s.ref, beforeRef: null, status: "new", matchedBy: null, beforePence: null, afterPence: total(s) });
  }
  return { before, after, truth };
}
