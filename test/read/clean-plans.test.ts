import fc from "fast-check";
import { validateWorkbooks } from "../../src/core/pipeline";
import { makeSchemes, ORGANISATIONS, planSheetRows, toGridValues } from "../support/workbooks";
import type { PlanLayout } from "../support/workbooks";

/** Any clean plan, however it is laid out, reads back whole and gives no error and no warning. */
const layout: fc.Arbitrary<PlanLayout> = fc.record({
  titleRows: fc.option(fc.constant(["QIPP plan 2011-12 to 2014-15", "Draft for SHA review"]), { nil: undefined }),
  headerStyle: fc.constantFrom("canonical", "aliases", "short-years", "long-years", "fy", "savings-label"),
  shuffleColumns: fc.option(fc.integer({ min: 1, max: 1000 }), { nil: undefined }),
  unit: fc.constantFrom("£000", "£m", "£"),
  textNumbers: fc.boolean(),
  sectionRows: fc.boolean(),
  totalRow: fc.option(fc.constant("correct"), { nil: undefined }),
  totalColumn: fc.boolean(),
  forecastColumn: fc.boolean(),
  blankRows: fc.boolean(),
  organisationColumn: fc.boolean(),
}) as fc.Arbitrary<PlanLayout>;

describe("a clean generated plan", () => {
  it("gives no error or warning and the generator's totals, in any layout", () => {
    fc.assert(
      fc.property(layout, fc.integer({ min: 1, max: 60 }), fc.integer({ min: 0, max: ORGANISATIONS.length - 1 }), fc.integer(), (l, count, org, seed) => {
        const organisation = ORGANISATIONS[org].name;
        const sheet = planSheetRows(makeSchemes({ organisation, count, seed }), { ...l, orgLabel: l.organisationColumn ? undefined : "Organisation:" } as PlanLayout);
        const result = validateWorkbooks([{ name: "clean.xlsx", sheets: [{ name: "Plan", values: toGridValues(sheet.rows), top: 0, left: 0 }] }]);
        expect(result.findings.filter((f) => f.severity !== "info")).toEqual([]);
        const plan = result.plans[0];
        expect(plan.schemes).toHaveLength(sheet.expected.schemeCount);
        for (const [year, pence] of Object.entries(sheet.expected.totalsByYear)) {
          expect(plan.schemes.reduce((a, s) => a + (s.savings[year]?.value ?? 0), 0)).toBe(pence);
        }
      }),
      { numRuns: 120 },
    );
  });
});
