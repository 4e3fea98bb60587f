import { rollup, toRollupJson } from "../../src/core/rollup";
import { defaultPack } from "../support/pack";
import { makePlan } from "../support/plans";

describe("toRollupJson", () => {
  const pack = defaultPack();
  const plans = [
    makePlan({
      sheet: "Tees",
      matched: "Tees",
      budget: 500_000,
      schemes: [
        { savings: [1.5, 2, 3, 4.00001], rag: "red", managementCost: 1, forecast: { "2011-12": 2 }, pointOfDelivery: "Elective" },
        { savings: [10, 0, 0, 0], rag: "green" },
      ],
    }),
  ];
  const json = toRollupJson(rollup(plans, pack), { name: pack.name, version: pack.version });

  it("names the pack and the years", () => {
    expect(json.pack).toEqual({ name: "NHS QIPP default rule pack", version: "1.0.0" });
    expect(json.years).toEqual(["2011-12", "2012-13", "2013-14", "2014-15"]);
  });

  it("writes organisations with money in £000", () => {
    expect(json.organisations).toEqual([
      {
        name: "Tees",
        code: null,
        sha: "Q30",
        schemes: 2,
        savings: { "2011-12": 11.5, "2012-13": 2, "2013-14": 3, "2014-15": 4.00001, total: 20.50001 },
        // £1k of management cost taken pro rata from the red scheme's years, largest remainder to the penny.
        qippSavings: { "2011-12": 11.35714, "2012-13": 1.80952, "2013-14": 2.71429, "2014-15": 3.61906, total: 19.50001 },
        managementCost: 1,
        ragValue: { red: 10.50001, amber: 0, green: 10, unrated: 0 },
        ragCount: { red: 1, amber: 0, green: 1, unrated: 0 },
        riskAdjusted: 10,
        // No in-year columns in this plan: no YTD, activity, milestones or WTE; England alone has a challenge.
        inYear: null,
        activity: {},
        milestonesOverdue: 0,
        workforceChange: 0,
        ragCount5: { green: 1, "amber-green": 0, amber: 0, "amber-red": 0, red: 1, unrated: 0 },
        ragValue5: { green: 10, "amber-green": 0, amber: 0, "amber-red": 0, red: 10.50001, unrated: 0 },
        challenge: null,
        planRag: "red",
        planRagSource: "computed",
        budget: 500000,
        byWorkstream: { "Right Care": 20.50001 },
        byPointOfDelivery: { Elective: 10.50001, Unknown: 10 },
        delivery: { year: "2011-12", planned: 1.5, forecast: 2, onTrack: 1.5 },
        // Red is never on track under the pack's default (green, forecast ≥ 90% of plan).
        demandManagement: { total: 10.50001, onTrack: 0 },
        figuresOnErrorCells: 0,
      },
    ]);
  });

  it("writes SHAs, clusters and England with shares and budgets", () => {
    expect(Object.keys(json.shas[0])).toEqual([
      "code", "name", "cluster", "schemes", "savings", "qippSavings", "managementCost", "ragValue", "ragCount",
      "riskAdjusted", "inYear", "activity", "milestonesOverdue", "workforceChange", "ragCount5", "ragValue5", "challenge", "planRagCount", "shareOfNational", "shareOfBudget", "budget", "demandManagement", "figuresOnErrorCells",
      "largestSchemes",
    ]);
    expect(json.shas[0]).toMatchObject({ code: "Q30", name: "North East", cluster: "NHS North of England", budget: 500000, shareOfNational: 100 });
    expect(json.shas[0].shareOfBudget).toBeCloseTo((100 * 19.50001) / 500000, 12);
    expect(json.shaClusters).toMatchObject([{ name: "NHS North of England", planRagCount: { red: 1, amber: 0, green: 0 } }]);
    expect(json.national).toMatchObject({ name: "England", savings: { total: 20.50001 }, budget: 500000 });
    // The bundled pack's £16.4bn challenge (£000) against England's four-year QIPP savings.
    expect(json.national.challenge).toEqual({ target: 16_400_000, identified: 19.50001, coverage: (100 * 19.50001) / 16_400_000 });
  });

  it("survives a JSON round trip unchanged (plain numbers, strings and nulls only)", () => {
    expect(JSON.parse(JSON.stringify(json))).toEqual(json);
  });
});
