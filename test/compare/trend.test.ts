import { compareValidated, buildChangesSheet } from "../../src/core/compare-pipeline";
import { toCompareJson } from "../../src/core/compare";
import { schemeTotal } from "../../src/core/rollup/scheme-facts";
import type { ValidationResult } from "../../src/core/pipeline";
import { monthVersion, nationalVersion } from "../support/months";

jest.setTimeout(120_000);

let base: ValidationResult;
let jul: ValidationResult, aug: ValidationResult, sep: ValidationResult;

beforeAll(async () => {
  base = await nationalVersion();
  jul = monthVersion(base, "jul.xlsx", { end: "2011-07-31", month: 4, missingEvery: 0, greenAsRedEvery: 3 });
  aug = monthVersion(base, "aug.xlsx", { end: "2011-08-31", month: 5, missingEvery: 0, greenAsRedEvery: 5 });
  sep = monthVersion(base, "sep.xlsx", { end: "2011-09-30", month: 6, missingEvery: 25, greenAsRedEvery: 0 });
});

const pence = (plans: ValidationResult["plans"], field: "ytdPlan" | "ytdActual") => plans.flatMap((p) => p.schemes).reduce((a, s) => a + (s[field]?.value ?? 0), 0);

describe("compare over several months", () => {
  it("puts the versions in order of period end, compares the last two and gives one trend entry per version", () => {
    const result = compareValidated([sep, jul, aug]);
    expect(result.trend.map((t) => t.periodEnd)).toEqual(["2011-07-31", "2011-08-31", "2011-09-30"]);
    expect(result.order).toEqual([1, 2, 0]);
    expect([result.earlier.workbooks, result.later.workbooks]).toEqual([["aug.xlsx"], ["sep.xlsx"]]);
    expect(result.comparison.after.national.savings.total).toBe(result.trend[2].national.total);
    expect(result.comparison.before.national.savings.total).toBe(result.trend[1].national.total);
    expect(result.comparison.before.shaClusters.length).toBeGreaterThan(1);
    [jul, aug, sep].forEach((v, i) => {
      const t = result.trend[i];
      expect(t.workbooks).toEqual(v.workbooks);
      expect(t.national.ytdPlan).toBe(pence(v.plans, "ytdPlan"));
      expect(t.national.ytdActual).toBe(pence(v.plans, "ytdActual"));
      expect(t.organisations.reduce((a, o) => a + o.total, 0)).toBe(t.national.total);
      expect(t.organisations.reduce((a, o) => a + (o.ytdPlan ?? 0), 0)).toBe(t.national.ytdPlan);
      expect(Object.values(t.national.ragCount).reduce((a, b) => a + b, 0)).toBe(v.plans.reduce((n, p) => n + p.schemes.length, 0));
    });
    expect(result.trend[0].national.ytdPlan!).toBeLessThan(result.trend[1].national.ytdPlan!);
  });

  it("keeps the order given when a version has no period, and says so on QIPP Changes", () => {
    const undated = monthVersion(base, "undated.xlsx", { end: null, month: 5, missingEvery: 0, greenAsRedEvery: 0 });
    const result = compareValidated([sep, undated, jul]);
    expect(result.trend.map((t) => t.workbooks[0])).toEqual(["sep.xlsx", "undated.xlsx", "jul.xlsx"]);
    const sheet = buildChangesSheet(result, { generatedAt: new Date("2011-10-03T09:00:00Z") });
    const texts = sheet.rows.flat().map((c) => c.value);
    expect(texts).toContain("Some versions give no reporting period, so they are in the order given.");
    expect(texts).toContain("Period not given");
  });

  it("writes the trend into the JSON as the issue says, money in £000", () => {
    const result = compareValidated([jul, aug, sep]);
    const json = toCompareJson(result.comparison, result.later.packInfo, { before: ["aug.xlsx"], after: ["sep.xlsx"] }, result.trend);
    expect(json.trend).toHaveLength(3);
    const last = json.trend[2];
    expect(Object.keys(last)).toEqual(["periodEnd", "workbooks", "national", "organisations"]);
    expect(Object.keys(last.national)).toEqual(["total", "ytdPlan", "ytdActual", "ragCount"]);
    expect(Object.keys(last.organisations[0])).toEqual(["name", "total", "ytdPlan", "ytdActual", "planRag"]);
    expect(last.national.total).toBe(result.trend[2].national.total / 100_000);
    expect(last.periodEnd).toBe("2011-09-30");
  });

  it("draws the trend table on QIPP Changes, one row per version, the period in words", () => {
    const result = compareValidated([jul, aug, sep]);
    const sheet = buildChangesSheet(result, { generatedAt: new Date("2011-10-03T09:00:00Z") });
    const title = sheet.rows.findIndex((r) => r[0]?.value === "Trend over versions, oldest first (£000)");
    expect(title).toBeGreaterThan(0);
    const rows = sheet.rows.slice(title + 2, title + 5);
    expect(rows.map((r) => r[0].value)).toEqual(["Month 4 2011-12 (to 31 July 2011)", "Month 5 2011-12 (to 31 August 2011)", "Month 6 2011-12 (to 30 September 2011)"]);
    expect(rows.map((r) => r[2].value)).toEqual(result.trend.map((t) => t.national.total / 100_000));
  });
});

describe("movements to confirm", () => {
  it("flags each dropped scheme at its earlier four-year total, in the earlier file, and each red-to-green at its later total", () => {
    const result = compareValidated([aug, sep]);
    const c = result.comparison;
    const dropped = c.movements.filter((m) => m.kind === "dropped");
    expect(dropped.length).toBe(c.national.counts.dropped);
    expect(dropped.length).toBeGreaterThan(10);
    expect(dropped.reduce((a, m) => a + m.value, 0)).toBe(c.national.dropped);
    for (const m of dropped) {
      expect([m.workbook, m.side]).toEqual(["aug.xlsx", "before"]);
      const scheme = aug.plans.flatMap((p) => p.schemes).find((s) => s.sheet === m.sheet && s.text.schemeRef?.cell === m.cell)!;
      expect(schemeTotal(scheme, aug.pack.years)).toBe(m.value);
    }
    const improved = c.movements.filter((m) => m.kind === "improved");
    expect(improved.length).toBe(c.national.migration.count.red.green);
    expect(improved.reduce((a, m) => a + m.value, 0)).toBe(c.national.migration.value.red.green);
    for (const m of improved) expect([m.from, m.to, m.workbook]).toEqual(["red", "green", "sep.xlsx"]);
    expect(c.movements.map((m) => m.value)).toEqual([...c.movements.map((m) => m.value)].sort((a, b) => b - a));
  });

  it("lists them on QIPP Changes: a line with their count and value, and a To confirm column", () => {
    const result = compareValidated([aug, sep]);
    const sheet = buildChangesSheet(result, { generatedAt: new Date("2011-10-03T09:00:00Z") });
    const header = sheet.rows[sheet.table!.headerRow].map((c) => c.value);
    const col = header.indexOf("To confirm");
    expect(col).toBe(header.length - 1);
    const flagged = sheet.rows.slice(sheet.table!.headerRow + 1).filter((r) => String(r[col]?.value ?? "") !== "");
    expect(flagged).toHaveLength(result.comparison.movements.length);
    expect(flagged.some((r) => String(r[col].value).startsWith("Dropped since the earlier version"))).toBe(true);
    expect(flagged.some((r) => String(r[col].value).startsWith("Improved from Red to Green"))).toBe(true);
    const line = sheet.rows.flat().find((c) => String(c.value).startsWith("To confirm: "))!;
    expect(line.value).toMatch(/^To confirm: \d+ dropped \(£[\d,]+k\) and \d+ improved \(£[\d,]+k\)\./);
  });

  it("counts two steps up the five-point scale as improved, one step not", () => {
    const two = monthVersion(base, "a.xlsx", { end: "2011-08-31", month: 5, missingEvery: 0, greenAsRedEvery: 0 });
    const later = monthVersion(base, "b.xlsx", { end: "2011-09-30", month: 6, missingEvery: 0, greenAsRedEvery: 0 });
    const [s1, s2] = [two.plans[0].schemes[0], two.plans[0].schemes[1]];
    const [l1, l2] = [later.plans[0].schemes[0], later.plans[0].schemes[1]];
    [s1.rag, s1.rag5, l1.rag, l1.rag5] = ["red", "amber-red", "amber", "amber-green"];
    [s2.rag, s2.rag5, l2.rag, l2.rag5] = ["amber", "amber", "amber", "amber-green"];
    const moves = compareValidated([two, later]).comparison.movements;
    expect(moves.filter((m) => m.kind === "improved").map((m) => [m.from, m.to])).toEqual([["amber-red", "amber-green"]]);
  });
});
