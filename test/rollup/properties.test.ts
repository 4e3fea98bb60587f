import fc from "fast-check";
import { rollup, toRollupJson } from "../../src/core/rollup";
import { sumTotals } from "../../src/core/rollup/totals";
import type { Rollup, Totals } from "../../src/core/rollup/types";
import { toPence, toThousands } from "../../src/core/money";
import type { Plan } from "../../src/core/types";
import { defaultPack } from "../support/pack";
import { makePlan, YEARS, type SchemeSpec } from "../support/plans";

const pack = defaultPack();
const organisations = [...pack.organisations.slice(0, 12).map((o) => o.name), "Atlantis PCT", "Lyonesse"];
const shaOrganisations = pack.shas.slice(0, 3).map((s) => ({ name: `NHS ${s.name}`, shaCode: s.code }));

/** Pence as the £000 text a plan would hold, to 5 decimal places. */
function thousandsText(pence: bigint): string {
  const sign = pence < 0n ? "-" : "";
  const digits = (pence < 0n ? -pence : pence).toString().padStart(6, "0");
  return `${sign}${digits.slice(0, -5)}.${digits.slice(-5)}`;
}

const pence = fc.bigInt({ min: -5_000_000_000n, max: 2_000_000_000_000n });
const scheme: fc.Arbitrary<SchemeSpec> = fc.record({
  savings: fc.array(fc.option(pence.map((p) => Number(thousandsText(p))), { nil: null }), { minLength: 4, maxLength: 4 }),
  rag: fc.constantFrom("red", "amber", "green", "unrated"),
  workstream: fc.constantFrom(...pack.workstreams.slice(0, 4).map((w) => w.name)),
  pointOfDelivery: fc.constantFrom(undefined, "Elective", "A&E", "Community"),
  managementCost: fc.option(fc.oneof(fc.constantFrom("yes", "no"), fc.integer({ min: 0, max: 5_000_000 })), { nil: undefined }),
  forecast: fc.option(fc.record({ "2011-12": fc.integer({ min: 0, max: 2_000_000 }) }), { nil: undefined }),
});

const plansArb: fc.Arbitrary<Plan[]> = fc
  .uniqueArray(
    fc.record({
      workbook: fc.constantFrom("a.xlsx", "b.xlsx", "c.xlsx"),
      sheet: fc.constantFrom("Plan", "Cluster 1", "Cluster 2", "Sheet9"),
      who: fc.oneof(fc.constantFrom(...organisations).map((name) => ({ name, shaCode: undefined })), fc.constantFrom(...shaOrganisations)),
      budget: fc.option(fc.integer({ min: 1, max: 9_000_000 }), { nil: undefined }),
      declaredRag: fc.option(fc.constantFrom("red" as const, "amber" as const, "green" as const), { nil: undefined }),
      schemes: fc.array(scheme, { maxLength: 6 }),
    }),
    { selector: (p) => `${p.workbook}|${p.sheet}`, maxLength: 10 },
  )
  .map((specs) =>
    specs.map(({ who, ...spec }) =>
      makePlan({ ...spec, organisation: who.name, shaCode: who.shaCode, matched: organisations.slice(0, 12).includes(who.name) ? who.name : undefined }),
    ),
  );

function summable(t: Totals) {
  const { schemes, savings, qippSavings, managementCost, byWorkstream, byPointOfDelivery, ragValue, ragCount, riskAdjusted, delivery, demandManagement, figuresOnErrorCells } = t;
  return { schemes, savings, qippSavings, managementCost, byWorkstream, byPointOfDelivery, ragValue, ragCount, riskAdjusted, delivery, demandManagement, figuresOnErrorCells };
}

function expectYearsAddUp(t: Totals) {
  for (const record of [t.savings, t.qippSavings]) expect(YEARS.reduce((a, y) => a + record[y], 0)).toBe(record.total);
  expect(t.ragValue.red + t.ragValue.amber + t.ragValue.green + t.ragValue.unrated).toBe(t.savings.total);
  expect(t.savings.total - t.qippSavings.total).toBe(t.managementCost);
}

function expectChildrenAddUp(r: Rollup) {
  for (const sha of r.shas) expect(summable(sha)).toEqual(summable(sumTotals(YEARS, r.organisations.filter((o) => o.shaCode === sha.code))));
  for (const cluster of r.shaClusters) expect(summable(cluster)).toEqual(summable(sumTotals(YEARS, r.shas.filter((s) => s.cluster === cluster.name))));
  const orphans = r.organisations.filter((o) => o.shaCode === null);
  expect(summable(r.national)).toEqual(summable(sumTotals(YEARS, [...r.shaClusters, ...orphans])));
  for (const level of [...r.organisations, ...r.shas, ...r.shaClusters, r.national]) expectYearsAddUp(level);
}

describe("rollup properties", () => {
  it("every level is the sum of its children, by year and in total", () => {
    fc.assert(fc.property(plansArb, (plans) => expectChildrenAddUp(rollup(plans, pack))), { numRuns: 150 });
  });

  it("the order of plans (each organisation given once) and of schemes changes no figure", () => {
    fc.assert(
      fc.property(plansArb, fc.infiniteStream(fc.integer()), (given, noise) => {
        // A plan given twice counts from the first source given (duplicate-plan), so order matters there by design.
        const seen = new Set<string>();
        const plans = given.filter((p) => {
          const names = [p.organisation.matched ?? p.organisation.name, ...p.schemes.map((s) => s.organisation ?? "")].filter(Boolean).map((n) => n.toLowerCase());
          if (names.some((n) => seen.has(n))) return false;
          names.forEach((n) => seen.add(n));
          return true;
        });
        const shuffle = <T>(items: readonly T[]) => items.map((item) => ({ item, key: noise.next().value as number })).sort((a, b) => a.key - b.key).map((x) => x.item);
        const shuffled = shuffle(plans).map((p) => ({ ...p, schemes: shuffle(p.schemes) }));
        expect(rollup(shuffled, pack)).toEqual(rollup(plans, pack));
      }),
      { numRuns: 150 },
    );
  });

  it("England's savings are the exact sum of the counted schemes (BigInt reference), one plan per organisation", () => {
    fc.assert(
      fc.property(plansArb, (plans) => {
        const result = rollup(plans, pack);
        const counted = new Set(result.organisations.map((o) => `${o.sources[0].workbook}|${o.sources[0].sheet}|${o.name}`));
        const expected = YEARS.map(() => 0n);
        for (const plan of plans) {
          const name = plan.organisation.matched ?? plan.organisation.name;
          if (!counted.has(`${plan.workbook}|${plan.sheet}|${name}`)) continue;
          for (const scheme of plan.schemes) YEARS.forEach((y, i) => (expected[i] += BigInt(scheme.savings[y]?.value ?? 0)));
        }
        YEARS.forEach((y, i) => expect(BigInt(result.national.savings[y])).toBe(expected[i]));
        expect(result.organisations.length + result.findings.length).toBeGreaterThanOrEqual(new Set(plans.map((p) => p.organisation.name)).size);
      }),
      { numRuns: 150 },
    );
  });

  it("£000 figures with five decimals sum exactly and print as the exact decimal", () => {
    fc.assert(
      fc.property(fc.array(pence, { minLength: 1, maxLength: 40 }), (values) => {
        const savings = values.map((p) => Number(thousandsText(p)));
        savings.forEach((v, i) => expect(BigInt(toPence(v))).toBe(values[i]));
        const plan = makePlan({ matched: "Tees", schemes: savings.map((v) => ({ savings: [v, 0, 0, 0] })) });
        const exact = values.reduce((a, b) => a + b, 0n);
        const result = rollup([plan], pack);
        expect(BigInt(result.national.savings.total)).toBe(exact);
        expect(toRollupJson(result, pack).national.savings.total).toBe(Number(thousandsText(exact)));
        expect(toThousands(result.shas[0].savings["2011-12"])).toBe(Number(thousandsText(exact)));
      }),
      { numRuns: 200 },
    );
  });
});
