import fc from "fast-check";
import { rollup } from "../../src/core/rollup";
import { RAG5_AND_UNRATED } from "../../src/core/rollup/in-year-totals";
import type { Totals } from "../../src/core/rollup/types";
import type { Plan, Rag5OrUnrated, Scheme } from "../../src/core/types";
import { defaultPack } from "../support/pack";
import { makePlan } from "../support/plans";

const pack = defaultPack();
const organisations = pack.organisations.slice(0, 10).map((o) => o.name);
const PERIODS = ["2011-06-30", "2011-09-30", "2011-11-30"];
const cell = (n: number | null) => (n === null ? undefined : { cell: "Z1", raw: n, value: n });

const inYear = fc.record({
  ytd: fc.option(fc.tuple(fc.integer({ min: -1e9, max: 9e11 }), fc.integer({ min: -1e9, max: 9e11 })), { nil: null }),
  activity: fc.option(fc.tuple(fc.integer({ min: -50_000, max: 5_000 }), fc.integer({ min: -50_000, max: 5_000 })), { nil: null }),
  // Halves of a WTE add exactly in binary.
  wte: fc.option(fc.integer({ min: -40, max: 40 }).map((n) => n / 2), { nil: null }),
  due: fc.option(fc.constantFrom("2011-05-31", "2011-09-30", "2012-01-15"), { nil: null }),
  complete: fc.boolean(),
  rag5: fc.constantFrom<Rag5OrUnrated>(...RAG5_AND_UNRATED),
  point: fc.constantFrom(undefined, "Non-elective", "Elective", "A&E"),
});

type InYearSpec = typeof inYear extends fc.Arbitrary<infer T> ? T : never;

function withInYear(s: Scheme, f: InYearSpec): Scheme {
  s.ytdPlan = cell(f.ytd?.[0] ?? null);
  s.ytdActual = cell(f.ytd?.[1] ?? null);
  s.activityPlanYtd = cell(f.activity?.[0] ?? null);
  s.activityActualYtd = cell(f.activity?.[1] ?? null);
  s.workforceChange = cell(f.wte);
  s.milestone = f.due === null ? undefined : { name: null, due: { cell: "Y1", raw: f.due, date: f.due }, complete: f.complete };
  s.rag5 = f.rag5;
  s.rag = f.rag5 === "amber-green" || f.rag5 === "amber-red" ? "amber" : f.rag5;
  s.pointOfDelivery = f.point;
  return s;
}

const plans: fc.Arbitrary<Plan[]> = fc
  .uniqueArray(
    fc.record({ org: fc.constantFrom(...organisations), period: fc.option(fc.constantFrom(...PERIODS), { nil: null }), schemes: fc.array(inYear, { maxLength: 5 }) }),
    { selector: (p) => p.org, maxLength: 8 },
  )
  .map((specs) =>
    specs.map((spec, i) => {
      const plan = makePlan({ sheet: `Plan ${i}`, organisation: spec.org, matched: spec.org, schemes: spec.schemes.map(() => ({})) });
      plan.schemes.forEach((s, j) => withInYear(s, spec.schemes[j]));
      if (spec.period) plan.period = { end: spec.period, month: null, year: null, sheet: plan.sheet, cell: "B2", raw: spec.period };
      return plan;
    }),
  );

/** The new figures, with the derived ones (variance, percent) recomputed from the sums. */
function figures(t: Totals) {
  return { inYear: t.inYear ?? null, activity: t.activity ?? {}, milestonesOverdue: t.milestonesOverdue, workforceChange: t.workforceChange, ragCount5: t.ragCount5, ragValue5: t.ragValue5 };
}

function sumOf(children: Totals[]) {
  const out = { inYear: null as Totals["inYear"], activity: {} as NonNullable<Totals["activity"]>, milestonesOverdue: 0, workforceChange: 0, ragCount5: {} as Record<string, number>, ragValue5: {} as Record<string, number> };
  for (const rag of RAG5_AND_UNRATED) out.ragCount5[rag] = out.ragValue5[rag] = 0;
  for (const c of children) {
    if (c.inYear) {
      const y = (out.inYear ??= { periodEnd: null, ytdPlan: 0, ytdActual: 0, variance: 0, deliveredPercent: null });
      y.ytdPlan += c.inYear.ytdPlan;
      y.ytdActual += c.inYear.ytdActual;
      y.variance = y.ytdActual - y.ytdPlan;
      y.deliveredPercent = y.ytdPlan === 0 ? null : (100 * y.ytdActual) / y.ytdPlan;
      if (c.inYear.periodEnd && (!y.periodEnd || c.inYear.periodEnd > y.periodEnd)) y.periodEnd = c.inYear.periodEnd;
    }
    for (const [k, a] of Object.entries(c.activity ?? {})) {
      const t = (out.activity[k] ??= { planned: 0, actual: 0 });
      t.planned += a.planned;
      t.actual += a.actual;
    }
    out.milestonesOverdue += c.milestonesOverdue ?? 0;
    out.workforceChange += c.workforceChange ?? 0;
    for (const rag of RAG5_AND_UNRATED) {
      out.ragCount5[rag] += c.ragCount5![rag];
      out.ragValue5[rag] += c.ragValue5![rag];
    }
  }
  return out;
}

test("each level's YTD, activity, milestones, WTE and five-point figures are the sum of its children", () => {
  let levels = 0;
  fc.assert(
    fc.property(plans, (ps) => {
      const r = rollup(ps, pack);
      for (const sha of r.shas) expect(figures(sha)).toEqual(sumOf(r.organisations.filter((o) => o.shaCode === sha.code)));
      for (const c of r.shaClusters) expect(figures(c)).toEqual(sumOf(r.shas.filter((s) => s.cluster === c.name)));
      expect(figures(r.national)).toEqual(sumOf([...r.shaClusters, ...r.organisations.filter((o) => o.shaCode === null)]));
      // Every scheme is counted once on the five-point scale, and its value once.
      const schemes = ps.flatMap((p) => p.schemes);
      expect(Object.values(r.national.ragCount5!).reduce((a, b) => a + b, 0)).toBe(schemes.length);
      expect(Object.values(r.national.ragValue5!).reduce((a, b) => a + b, 0)).toBe(r.national.savings.total);
      // YTD counts only schemes with both figures.
      const both = schemes.filter((s) => s.ytdPlan && s.ytdActual);
      expect(r.national.inYear?.ytdPlan ?? 0).toBe(both.reduce((a, s) => a + s.ytdPlan!.value!, 0));
      levels += r.shas.length;
    }),
    { numRuns: 150 },
  );
  expect(levels).toBeGreaterThan(0);
});
