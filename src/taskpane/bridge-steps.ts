import type { Pence } from "../core/money";
import type { Bridge } from "../core/compare/types";

export interface BridgeStep {
  label: string;
  kind: "total" | "up" | "down";
  /** Where the bar starts and how tall it is (both ≥ 0 when the totals are). */
  base: Pence;
  height: Pence;
  /** The step's own sign: new is +, dropped is −, changed either. */
  signed: Pence;
}

/** Before, new, dropped, changed, after as waterfall steps; each step starts where the last ended. */
export function bridgeSteps(b: Bridge): BridgeStep[] {
  const afterNew = b.before + b.new;
  const afterDropped = afterNew - b.dropped;
  const step = (label: string, from: Pence, to: Pence): BridgeStep => ({
    label, kind: to >= from ? "up" : "down", base: Math.min(from, to), height: Math.abs(to - from), signed: to - from,
  });
  return [
    { label: "Before", kind: "total", base: 0, height: b.before, signed: b.before },
    step("New", b.before, afterNew),
    step("Dropped", afterNew, afterDropped),
    step("Changed", afterDropped, afterDropped + b.changed),
    { label: "After", kind: "total", base: 0, height: b.after, signed: b.after },
  ];
}
