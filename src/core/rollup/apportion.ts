import type { Pence } from "../money";

/**
 * Splits `part` pence over `weights` pro rata (largest remainder), so the shares are whole pence
 * and add up to `part` exactly. BigInt because part × weight can pass 2^53 at national scale.
 * Expects 0 ≤ part ≤ Σ weights, or part equal to Σ weights (then each share is its weight).
 */
export function apportion(part: Pence, weights: readonly Pence[]): Pence[] {
  const whole = weights.reduce((a, b) => a + b, 0);
  if (part === whole) return [...weights];
  if (part === 0 || whole === 0) return weights.map(() => 0);
  const p = BigInt(part);
  const w = BigInt(whole);
  const floors: bigint[] = [];
  const remainders: { index: number; rest: bigint }[] = [];
  weights.forEach((weight, index) => {
    const product = p * BigInt(weight);
    let floor = product / w;
    let rest = product % w;
    if (rest < 0n) {
      floor -= 1n;
      rest += w;
    }
    floors.push(floor);
    remainders.push({ index, rest });
  });
  let left = p - floors.reduce((a, b) => a + b, 0n);
  remainders.sort((a, b) => (a.rest === b.rest ? a.index - b.index : a.rest > b.rest ? -1 : 1));
  for (const { index } of remainders) {
    if (left <= 0n) break;
    floors[index] += 1n;
    left -= 1n;
  }
  return floors.map((f) => Number(f));
}
