import type { Pence } from "../money";
import type { Rag5OrUnrated } from "../types";
import type { SchemePair } from "./match";
import type { SchemeChange } from "./types";

/** A move between versions someone should confirm: a scheme that has gone, or a rating that jumped. */
export interface Movement {
  kind: "dropped" | "improved";
  organisation: string;
  shaCode: string | null;
  ref: string;
  name: string;
  /** dropped: the earlier four-year total; improved: the later one (pence). */
  value: Pence;
  /** The rating before and after (five-point where the plans use it). */
  from: Rag5OrUnrated | null;
  to: Rag5OrUnrated | null;
  /** dropped: the cell in the earlier file; improved: in the later one. */
  workbook: string;
  sheet: string;
  cell: string;
  side: "before" | "after";
}

const STEPS: readonly Rag5OrUnrated[] = ["red", "amber-red", "amber", "amber-green", "green"];

/** Rating on the five-point scale; a three-point rating sits at its own point. */
const stepOf = (rag: Rag5OrUnrated | undefined): number => (rag === undefined ? -1 : STEPS.indexOf(rag));

/** Up two steps on the five-point scale, or red to green (three-point plans only move that far by red to green). */
export function improvedEnough(before: SchemePair["before"], after: SchemePair["after"]): boolean {
  if (!before || !after) return false;
  if (before.rag === "red" && after.rag === "green") return true;
  const from = stepOf(before.rag5);
  const to = stepOf(after.rag5);
  return from >= 0 && to >= 0 && to - from >= 2;
}

/** The movement a matched or dropped scheme makes, if it is one to confirm. */
export function movementOf(pair: SchemePair, change: SchemeChange): Movement | null {
  const base = { organisation: change.organisation, shaCode: change.shaCode, ref: change.ref, name: change.name, workbook: change.workbook, sheet: change.sheet, cell: change.cell, side: change.side };
  if (change.status === "dropped") return { kind: "dropped", ...base, value: change.before?.total ?? 0, from: pair.before?.rag5 ?? pair.before?.rag ?? null, to: null };
  if (improvedEnough(pair.before, pair.after)) {
    return { kind: "improved", ...base, value: change.after?.total ?? 0, from: pair.before!.rag5 ?? pair.before!.rag, to: pair.after!.rag5 ?? pair.after!.rag };
  }
  return null;
}

/** Largest value first, dropped before improved at equal value. */
export function sortMovements(list: Movement[]): Movement[] {
  return [...list].sort((a, b) => b.value - a.value || a.kind.localeCompare(b.kind) || a.organisation.localeCompare(b.organisation) || a.ref.localeCompare(b.ref));
}
