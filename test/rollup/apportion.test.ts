import fc from "fast-check";
import { apportion } from "../../src/core/rollup/apportion";

describe("apportion", () => {
  it("splits by largest remainder: 10p over 1:1:1 is 4, 3, 3", () => {
    expect(apportion(10, [1, 1, 1])).toEqual([4, 3, 3]);
    expect(apportion(2, [100_000, 100_000, 100_000, 0])).toEqual([1, 1, 0, 0]);
  });

  it("gives each weight itself when the part is the whole, even for negative years", () => {
    expect(apportion(5, [10, -5, 0, 0])).toEqual([10, -5, 0, 0]);
  });

  it("always sums to the part, in whole pence, each share within a penny of the exact pro rata", () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: -1_000_000_000, max: 9_000_000_000_000 }), { minLength: 1, maxLength: 4 }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (weights, fraction) => {
          const whole = weights.reduce((a, b) => a + b, 0);
          fc.pre(whole > 0);
          const part = Math.floor(whole * fraction);
          const shares = apportion(part, weights);
          expect(shares.every(Number.isInteger)).toBe(true);
          expect(shares.reduce((a, b) => a + b, 0)).toBe(part);
          shares.forEach((s, i) => expect(Math.abs(s - (part * weights[i]) / whole)).toBeLessThan(1 + 1e-6 * Math.abs(weights[i])));
        },
      ),
      { numRuns: 300 },
    );
  });
});
