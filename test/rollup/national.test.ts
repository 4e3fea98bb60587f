import { readFileSync } from "node:fs";
import { join } from "node:path";
import { rollup } from "../../src/core/rollup";
import { defaultPack } from "../support/pack";
import { makePlan } from "../support/plans";

/** The national report's table of SHA contributions to the £17.4bn of identified savings (a copy of shared/reference/shas.csv). */
const published = readFileSync(join(__dirname, "../fixtures/national-report-shas.csv"), "utf8")
  .trim()
  .split("\n")
  .slice(1)
  .map((line) => {
    const [code, name, cluster, share, ofBudget] = line.split(",");
    return { code, name, cluster, share: Number(share), ofBudget: Number(ofBudget) };
  });

const NATIONAL_THOUSANDS = 17_400_000;

describe("the national table of SHA contributions", () => {
  const pack = defaultPack();
  // One SHA-wide plan per SHA whose four years add up to its published share of £17.4bn.
  const plans = published.map((sha) => {
    const total = (sha.share / 100) * NATIONAL_THOUSANDS;
    const years = [0.4, 0.3, 0.2].map((f) => Math.round(total * f * 100) / 100);
    years.push(Math.round((total - years.reduce((a, b) => a + b, 0)) * 100) / 100);
    return makePlan({ workbook: `${sha.name}.xlsx`, sheet: "Plan", organisation: `NHS ${sha.name}`, shaCode: sha.code, schemes: [{ savings: years }] });
  });
  const result = rollup(plans, pack);

  it("adds up to £17.4bn", () => {
    expect(result.national.qippSavings.total).toBe(NATIONAL_THOUSANDS * 100_000);
    expect(result.shas).toHaveLength(10);
    expect(result.shaClusters.map((c) => c.name)).toEqual(pack.shaClusters.map((c) => c.name));
  });

  it.each(published)("gives $name its published share of the total ($share%)", ({ code, share }) => {
    const sha = result.shas.find((s) => s.code === code);
    expect(sha?.shareOfNational).not.toBeNull();
    expect(Number(sha?.shareOfNational?.toFixed(1))).toBe(share);
  });

  it.each(published)("gives $name its published saving as a share of its 2011-12 budget ($ofBudget%)", ({ code, ofBudget }) => {
    const sha = result.shas.find((s) => s.code === code);
    expect(sha?.shareOfBudget).not.toBeNull();
    expect(Number(sha?.shareOfBudget?.toFixed(1))).toBe(ofBudget);
  });

  it("gives each SHA cluster the sum of its SHAs' shares", () => {
    for (const cluster of result.shaClusters) {
      const members = published.filter((s) => s.cluster === cluster.name);
      expect(cluster.shareOfNational).toBeCloseTo(members.reduce((a, s) => a + s.share, 0), 9);
    }
  });
});
