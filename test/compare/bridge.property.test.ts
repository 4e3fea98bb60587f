import fc from "fast-check";
import { bridgeCloses, compareVersions } from "../../src/core/compare";
import { rollup } from "../../src/core/rollup";
import type { Plan } from "../../src/core/types";
import { defaultPack } from "../support/pack";
import { makePlan, type SchemeSpec } from "../support/plans";

const pack = defaultPack();
const organisations = [...pack.organisations.slice(0, 6).map((o) => o.name), "Atlantis PCT"];

// Few refs and names, so versions share, renumber, duplicate and miss schemes all the time.
const scheme: fc.Arbitrary<SchemeSpec> = fc.record({
  ref: fc.constantFrom("A1", "A2", "A3", "B1", " a1 ", ""),
  name: fc.constantFrom("Care homes", "care  homes", "Outpatients", "Prescribing", ""),
  savings: fc.array(fc.option(fc.integer({ min: -50_000_000, max: 900_000_000 }).map((p) => p / 100_000), { nil: null }), { minLength: 4, maxLength: 4 }),
  rag: fc.constantFrom("red", "amber", "green", "unrated"),
  forecast: fc.option(fc.record({ "2011-12": fc.integer({ min: 0, max: 5_000 }) }), { nil: undefined }),
});

const version = (workbook: string): fc.Arbitrary<Plan[]> =>
  fc
    .uniqueArray(fc.record({ organisation: fc.constantFrom(...organisations), schemes: fc.array(scheme, { maxLength: 7 }) }), { selector: (p) => p.organisation, maxLength: 5 })
    .map((specs) => specs.map((s) => makePlan({ workbook, sheet: s.organisation, organisation: s.organisation, matched: s.organisation === "Atlantis PCT" ? undefined : s.organisation, schemes: s.schemes })));

test("before + new − dropped + changed = after, to the penny, at every level, and the ends are each version's rollup", () => {
  fc.assert(
    fc.property(version("june.xlsx"), version("july.xlsx"), (earlier, later) => {
      const c = compareVersions({ plans: earlier, findings: [] }, { plans: later, findings: [] }, pack);
      for (const level of [c.national, ...c.shaClusters, ...c.shas, ...c.organisations]) expect(bridgeCloses(level)).toBe(true);
      expect(c.national.before).toBe(rollup(earlier, pack).national.savings.total);
      expect(c.national.after).toBe(rollup(later, pack).national.savings.total);
      // Every scheme of each version is counted once, on its side.
      expect(c.schemes.filter((s) => s.before).length).toBe(earlier.reduce((n, p) => n + p.schemes.length, 0));
      expect(c.schemes.filter((s) => s.after).length).toBe(later.reduce((n, p) => n + p.schemes.length, 0));
      expect(c.schemes.filter((s) => s.status === "unchanged").every((s) => s.before!.total === s.after!.total && s.ragBefore === s.ragAfter)).toBe(true);
    }),
    { numRuns: 300 },
  );
});
