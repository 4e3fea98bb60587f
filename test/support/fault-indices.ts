import { prng } from "./prng";

/**
 * Which fault indices a sweep tries. `npm test` tries the first, the last and a fixed-seed sample in
 * between, so it stays quick; the CI step `QIPP_FAULT_SWEEP=all` (see .ci/run) tries every index.
 */
export const EXHAUSTIVE_FAULT_SWEEP = process.env.QIPP_FAULT_SWEEP === "all";

export function faultIndices(total: number, sample = 8, seed = 18): number[] {
  const all = Array.from({ length: total }, (_, i) => i + 1);
  if (EXHAUSTIVE_FAULT_SWEEP || total <= sample + 2) return all;
  const middle = prng(seed).shuffle(all.slice(1, -1)).slice(0, sample);
  return [1, ...middle.sort((a, b) => a - b), total];
}
