import { POINTS_OF_DELIVERY, RAG_SYNONYMS, WORKSTREAMS, YEARS } from "./pack-data";
import { prng, type Prng } from "./prng";
import { leadName, refPrefix, riskText, schemeName } from "./scheme-text";

/** One scheme as the fixtures know it: the truth a test compares the reader against. */
export interface SchemeRecord {
  organisation: string;
  ref: string;
  name: string;
  /** As written: a pack workstream name or one of its aliases. */
  workstream: string;
  /** As written: a pack point of delivery or one of its aliases. */
  pointOfDelivery: string;
  /** Change in activity units (negative: a reduction), or null when not stated. */
  activityChange: number | null;
  /** Savings per pack year, in pence; always whole pounds (so £000 with at most 3 decimals). */
  savingsPence: number[];
  /** As written: R, Amber, green, Amber/Green ... */
  rag: string;
  /** Forecast for the first pack year, pence, when the scheme has one. */
  forecastPence: number | null;
  lead: string;
  risks: string;
}

export interface MakeSchemesOptions {
  organisation: string;
  count: number;
  seed: number;
  /** Make the savings over all years add up exactly to this many pence (a multiple of 100). */
  totalPence?: number;
  /** Write workstreams, points of delivery and RAG only by their pack names. */
  canonicalNames?: boolean;
  /** First reference number (so several calls can share a prefix without clashing). */
  firstNumber?: number;
}

export function makeSchemes(opts: MakeSchemesOptions): SchemeRecord[] {
  const rng = prng(opts.seed);
  const prefix = refPrefix(opts.organisation);
  const first = opts.firstNumber ?? 1;
  const schemes = Array.from({ length: opts.count }, (_, i): SchemeRecord => {
    const pod = rng.pick(POINTS_OF_DELIVERY);
    const workstream = rng.pick(WORKSTREAMS);
    const savingsPence = yearProfile(rng);
    return {
      organisation: opts.organisation,
      ref: `${prefix}-${String(first + i).padStart(3, "0")}`,
      name: schemeName(pod.name, rng),
      workstream: opts.canonicalNames || rng.chance(0.7) ? workstream.name : rng.pick([workstream.name, ...workstream.aliases]),
      pointOfDelivery: opts.canonicalNames || rng.chance(0.7) ? pod.name : rng.pick([pod.name, ...pod.aliases]),
      activityChange: null,
      savingsPence,
      rag: ragText(rng, opts.canonicalNames ?? false),
      forecastPence: rng.chance(0.6) ? Math.round((savingsPence[0] * rng.int(70, 110)) / 100 / 100) * 100 : null,
      lead: leadName(rng),
      risks: riskText(rng),
    };
  });
  if (opts.totalPence !== undefined) scaleToTotal(schemes, opts.totalPence);
  for (const s of schemes) s.activityChange = plausibleActivity(s, rng);
  return schemes;
}

/** Four years of savings in pence (whole pounds): schemes ramp up, some start late. */
function yearProfile(rng: Prng): number[] {
  const basePounds = Math.round(Math.exp(rng.next() * Math.log(1_000)) * 5_000 + rng.int(0, 999));
  const startsLate = rng.chance(0.1);
  return YEARS.map((_, y) => (startsLate && y === 0 ? 0 : Math.round((basePounds * rng.int(40 + y * 20, 100 + y * 20)) / 100) * 100));
}

function ragText(rng: Prng, canonical: boolean): string {
  const roll = rng.next();
  const rag = roll < 0.45 ? "green" : roll < 0.8 ? "amber" : "red";
  if (canonical) return rag[0].toUpperCase() + rag.slice(1);
  const written = rng.pick(RAG_SYNONYMS[rag]);
  return rng.chance(0.2) ? written.toLowerCase() : written;
}

/** Scales savings so they sum to exactly totalPence; the rounding residue goes to the largest cell. */
function scaleToTotal(schemes: SchemeRecord[], totalPence: number): void {
  const raw = schemes.reduce((t, s) => t + s.savingsPence.reduce((a, b) => a + b, 0), 0);
  if (raw === 0) throw new Error("cannot scale schemes that save nothing");
  let sum = 0;
  for (const s of schemes) {
    s.savingsPence = s.savingsPence.map((p) => Math.round(((p / raw) * totalPence) / 100) * 100);
    sum += s.savingsPence.reduce((a, b) => a + b, 0);
  }
  const largest = schemes.reduce((best, s) => (Math.max(...s.savingsPence) > Math.max(...best.savingsPence) ? s : best));
  const y = largest.savingsPence.indexOf(Math.max(...largest.savingsPence));
  largest.savingsPence[y] += totalPence - sum;
}

/** An activity change whose unit saving sits inside the pack's bounds, so clean plans raise no warning. */
function plausibleActivity(s: SchemeRecord, rng: Prng): number | null {
  const pod = POINTS_OF_DELIVERY.find((p) => p.name === s.pointOfDelivery || p.aliases.includes(s.pointOfDelivery));
  if (!pod?.minUnitSaving || !pod.maxUnitSaving) return null;
  const maxPounds = Math.max(...s.savingsPence) / 100;
  const low = pod.minUnitSaving * 1.25;
  const high = pod.maxUnitSaving * 0.8;
  const unitSaving = low * Math.pow(high / low, rng.next());
  const activity = Math.round(maxPounds / unitSaving);
  if (activity < 1) return null;
  const ratio = maxPounds / activity;
  return ratio >= pod.minUnitSaving && ratio <= pod.maxUnitSaving ? -activity : null;
}
