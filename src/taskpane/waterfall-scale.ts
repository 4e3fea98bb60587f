import type { BridgeStep } from "./bridge-steps";

/** A round step for the axis: 1, 2 or 5 × a power of ten, about a fifth of the span. */
function niceStep(span: number): number {
  const raw = Math.max(span, 1) / 5;
  const power = 10 ** Math.floor(Math.log10(raw));
  return [1, 2, 5, 10].map((m) => m * power).find((s) => s >= raw) ?? 10 * power;
}

/**
 * The axis for a waterfall: from a round figure just under its smallest bar to one just over its
 * largest, so a £6.8m change on a £930m total is a bar you can see (totals are drawn cut off and say so).
 */
export function waterfallScale(steps: readonly BridgeStep[]): { min: number; max: number; ticks: number[] } {
  const ends = steps.flatMap((s) => (s.kind === "total" ? [s.height] : [s.base, s.base + s.height]));
  const low = Math.min(...ends);
  const high = Math.max(...ends);
  const step = niceStep(high - low || Math.abs(high) || 1);
  const min = Math.max(0, Math.floor(low / step) * step - step);
  const max = Math.ceil(high / step) * step + (high % step === 0 ? step : 0);
  const ticks: number[] = [];
  for (let t = min; t <= max && ticks.length < 12; t += step) ticks.push(t);
  return { min, max, ticks };
}
