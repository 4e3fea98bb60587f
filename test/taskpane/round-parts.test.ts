import fc from "fast-check";
import { roundParts } from "../../src/taskpane/round-parts";

describe("parts rounded together", () => {
  it("add up to their rounded total, each within 1 of its own value", () => {
    let runs = 0;
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 10 ** 11 }), { maxLength: 6 }), (pence) => {
        const values = pence.map((p) => p / 100_000);
        const parts = roundParts(values);
        expect(parts.reduce((a, b) => a + b, 0)).toBe(Math.round(values.reduce((a, b) => a + b, 0)));
        parts.forEach((p, i) => expect(Math.abs(p - values[i])).toBeLessThan(1));
        runs++;
      }),
    );
    expect(runs).toBe(100);
  });

  it("gives 782,126 where rounding each bar gave 782,125", () => {
    const values = [100_000.4, 300_000.4, 382_125.3];
    expect(values.map(Math.round).reduce((a, b) => a + b, 0)).toBe(782_125);
    expect(roundParts(values)).toEqual([100_000, 300_001, 382_125]);
  });
});
