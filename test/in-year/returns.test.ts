import { rollupPlans, validateWorkbooks } from "../../src/core/pipeline";
import { toRollupJson } from "../../src/core/rollup/json";
import { ardenM6, berkshireAsAt, hampshireSep } from "../support/in-year-returns";

/**
 * Every figure below is worked out by hand from test/support/in-year-returns.ts (comments show the sums);
 * money in pence: £1k = 100,000p, £1m = 100,000,000p.
 */
const K = 100_000;
const validation = validateWorkbooks([ardenM6, berkshireAsAt, hampshireSep]);
const rollup = rollupPlans(validation);
const org = (name: string) => rollup.organisations.find((o) => o.name === name)!;
const sha = (code: string) => rollup.shas.find((s) => s.code === code)!;

describe("three monthly returns, three layouts", () => {
  it("reads each return's period: Cover month 6, an As at date cell, a Period label", () => {
    const periods = Object.fromEntries(validation.plans.map((p) => [p.sheet, [p.period?.end, p.period?.month, p.period?.sheet, p.period?.cell]]));
    expect(periods).toEqual({
      Arden: ["2011-09-30", 6, "Cover", "B2"],
      "Black Country": ["2011-09-30", 6, "Cover", "B2"],
      Berkshire: ["2011-08-31", 5, "Berkshire", "B2"],
      Hampshire: ["2011-09-30", 6, "Hampshire", "A2"],
    });
  });

  it("reads YTD money in the sheet's units: £000, £m from the title, £000 from the headers", () => {
    const ytd = (sheet: string) => validation.plans.find((p) => p.sheet === sheet)!.schemes.map((s) => [s.ytdPlan?.value, s.ytdActual?.value]);
    expect(ytd("Arden")).toEqual([[500 * K, 300 * K], [200 * K, 190 * K], [120 * K, null]]);
    // £1.3m = 1,300 £000; £0.2501m = 250.1 £000 = 25,010,000p
    expect(ytd("Berkshire")).toEqual([[1300 * K, 820 * K], [250 * K, 25_010_000]]);
    expect(ytd("Hampshire")).toEqual([[150 * K, 160 * K], [100 * K, 89 * K]]);
  });

  it("reports bad input at its cell, and QIAs not signed off", () => {
    const found = validation.findings.filter((f) => f.severity !== "info").map((f) => `${f.sheet}!${f.cell} ${f.rule}`).sort();
    expect(found).toEqual([
      "Arden!K6 not-a-number", // YTD actual 'tbc'
      "Arden!O6 not-a-date", // due 'soon'
      "Arden!Q6 qia-missing", // Draft
      "Berkshire!Q6 qia-missing", // N
      "Black Country!Q5 qia-missing", // blank
    ]);
    expect(validation.findings.find((f) => f.rule === "not-a-number")!.message).toBe("YTD actual is the text 'tbc', not a number: type the amount in the sheet's units (£000 unless it says otherwise), or leave it blank.");
  });

  it("sums YTD plan and actual over schemes with both, at every level, to the penny", () => {
    // Arden: AR1 500/300 + AR2 200/190 (AR3 has no actual) = 700/490
    expect(org("Arden").inYear).toEqual({ periodEnd: "2011-09-30", ytdPlan: 700 * K, ytdActual: 490 * K, variance: -210 * K, deliveredPercent: 70 });
    // Black Country: 300/280 + 250/100 = 550/380
    expect(org("Black Country").inYear).toEqual({ periodEnd: "2011-09-30", ytdPlan: 550 * K, ytdActual: 380 * K, variance: -170 * K, deliveredPercent: (100 * 380) / 550 });
    // Berkshire: 1,300/820 + 250/250.1 = 1,550/1,070.1
    expect(org("Berkshire").inYear).toEqual({ periodEnd: "2011-08-31", ytdPlan: 1550 * K, ytdActual: 107_010_000, variance: -47_990_000, deliveredPercent: (100 * 107_010_000) / (1550 * K) });
    // Hampshire: 150/160 + 100/89 = 250/249
    expect(org("Hampshire and Isle of Wight").inYear).toEqual({ periodEnd: "2011-09-30", ytdPlan: 250 * K, ytdActual: 249 * K, variance: -1 * K, deliveredPercent: 99.6 });
    // West Midlands: 700+550 / 490+380; South Central: 1,550+250 / 1,070.1+249; the latest period end
    expect(sha("Q34").inYear).toMatchObject({ ytdPlan: 1250 * K, ytdActual: 870 * K, variance: -380 * K });
    expect(sha("Q38").inYear).toMatchObject({ periodEnd: "2011-09-30", ytdPlan: 1800 * K, ytdActual: 131_910_000, variance: -48_090_000 });
    expect(rollup.national.inYear).toMatchObject({ periodEnd: "2011-09-30", ytdPlan: 3050 * K, ytdActual: 218_910_000, variance: -86_090_000 });
  });

  it("sums activity by point of delivery, milestones overdue and WTE", () => {
    // Non-elective: AR1 -1200/-350 + BC2 -600/-600 = -1800/-950 (West Midlands); BK1 -1000/-400 + HI1 -200/-180 (South Central)
    expect(sha("Q34").activity).toEqual({ "Non-elective": { planned: -1800, actual: -950 }, Elective: { planned: -300, actual: -310 }, Outpatients: { planned: -2000, actual: -1500 } });
    expect(sha("Q38").activity).toEqual({ "Non-elective": { planned: -1200, actual: -580 } });
    expect(rollup.national.activity).toEqual({ "Non-elective": { planned: -3000, actual: -1530 }, Elective: { planned: -300, actual: -310 }, Outpatients: { planned: -2000, actual: -1500 } });
    // Overdue: AR1 (31 Jul), BC2 (1 Sep, no status), HI2 (29 Sep, Delayed); BK1 is due 30 Sep, after Berkshire's 31 Aug
    expect([org("Arden"), org("Black Country"), org("Berkshire"), org("Hampshire and Isle of Wight")].map((o) => o.milestonesOverdue)).toEqual([1, 1, 0, 1]);
    expect(rollup.national.milestonesOverdue).toBe(3);
    // WTE: -2.5+1, -4+0.5, -3-1.5, 2
    expect([org("Arden"), org("Black Country"), org("Berkshire"), org("Hampshire and Isle of Wight")].map((o) => o.workforceChange)).toEqual([-1.5, -3.5, -4.5, 2]);
    expect(rollup.national.workforceChange).toBe(-7.5);
  });

  it("keeps the five-point ratings and weights them", () => {
    expect(rollup.national.ragCount5).toEqual({ green: 2, "amber-green": 2, amber: 2, "amber-red": 2, red: 1, unrated: 0 });
    // green AR2 1,600 + HI1 1,200; amber/green AR1 5,000 + BK1 6,200; amber BC2 1,000 + HI2 800; amber/red AR3 1,000 + BK2 2,000; red BC1 2,400
    expect(rollup.national.ragValue5).toEqual({ green: 2800 * K, "amber-green": 11200 * K, amber: 1800 * K, "amber-red": 3000 * K, red: 2400 * K, unrated: 0 });
    // Three-point: amber/green and amber/red fold into amber
    expect(rollup.national.ragCount).toEqual({ green: 2, amber: 6, red: 1, unrated: 0 });
    // 2,800 × 1 + 11,200 × 0.75 + 1,800 × 0.5 + 3,000 × 0.25 + 2,400 × 0 = 12,850
    expect(rollup.national.riskAdjusted).toBe(12_850 * K);
  });

  it("compares England with the £16.4bn challenge", () => {
    // Identified: 5,000 + 1,600 + 1,000 + 2,400 + 1,000 + 6,200 + 2,000 + 1,200 + 800 = 21,200 (£000)
    expect(rollup.national.challenge).toEqual({ target: 16_400_000 * K, identified: 21_200 * K, coverage: (100 * 21_200) / 16_400_000 });
    expect(sha("Q34").challenge).toBeNull();
  });

  it("lists behind-plan, activity-over-plan and milestone-overdue exceptions with the largest reason's value", () => {
    const got = rollup.exceptions.map((e) => [e.ref, e.reasons.join(" "), e.valueAtRisk, e.cell]);
    expect(got).toEqual([
      // BC1: red (four-year 2,400) beats activity (600 × 500/2,000 = 150)
      ["BC1", "activity-over-plan red", 2400 * K, "E4"],
      // BK1: activity (2,000 × 600/1,000 = 1,200) beats behind (1,300 − 820 = 480)
      ["BK1", "activity-over-plan behind-plan", 1200 * K, "M5"],
      // AR1: activity 1,000 × 850/1,200 = 708.33333 (70,833,333p) beats milestone (1,000 − 300 = 700) and behind (200)
      ["AR1", "activity-over-plan behind-plan milestone-overdue", 70_833_333, "M4"],
      // BC2: milestone (500 − 100 = 400) beats behind (250 − 100 = 150)
      ["BC2", "behind-plan milestone-overdue", 400 * K, "O5"],
      // HI2: milestone (200 − 89 = 111) beats behind (100 − 89 = 11)
      ["HI2", "behind-plan milestone-overdue", 111 * K, "H5"],
    ]);
    const ar1 = rollup.exceptions.find((e) => e.ref === "AR1")!;
    expect(ar1.messages).toEqual([
      "activity over plan: non-elective −350 against −1,200 planned",
      "behind plan: £300k of £500k delivered to date (60%)",
      "milestone 'Community beds open' was due on 31 July 2011",
    ]);
    expect(rollup.exceptions.find((e) => e.ref === "BK1")!.messages[1]).toBe("behind plan: £820k of £1,300k delivered to date (63%)");
  });

  it("carries the figures in rollup --json in £000", () => {
    const json = toRollupJson(rollup, validation.pack);
    expect(json.national.inYear).toEqual({ periodEnd: "2011-09-30", ytdPlan: 3050, ytdActual: 2189.1, variance: -860.9, deliveredPercent: (100 * 218_910_000) / (3050 * K) });
    expect(json.national.challenge).toEqual({ target: 16_400_000, identified: 21_200, coverage: (100 * 21_200) / 16_400_000 });
    expect(json.shas.find((s) => s.code === "Q34")!.activity["Non-elective"]).toEqual({ planned: -1800, actual: -950 });
    expect(json.national.ragValue5).toEqual({ green: 2800, "amber-green": 11200, amber: 1800, "amber-red": 3000, red: 2400, unrated: 0 });
  });
});
