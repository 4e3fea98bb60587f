import { rollup, errorCellKeys } from "../../src/core/rollup";
import { toPence } from "../../src/core/money";
import { defaultPack } from "../support/pack";
import { makePlan } from "../support/plans";

const pack = defaultPack();
const k = (thousands: number) => toPence(thousands);

describe("rollup of one organisation", () => {
  const plan = makePlan({
    matched: "Tees",
    schemes: [
      { savings: [10, 20, 30, 40], rag: "green", workstream: "Right Care", pointOfDelivery: "Elective" },
      { savings: [1, 1, 1, 1], rag: "amber", workstream: "Procurement" },
      { savings: [5, null, 5, 0], rag: "red" },
      { savings: [2, 2, 2, 2], rag: "unrated", workstream: undefined },
    ],
  });
  const result = rollup([plan], pack);
  const org = result.organisations[0];

  it("sums savings by year and over the four years, in pence", () => {
    expect(org.schemes).toBe(4);
    expect(org.savings).toEqual({ "2011-12": k(18), "2012-13": k(23), "2013-14": k(38), "2014-15": k(43), total: k(122) });
  });

  it("splits value and count by RAG and risk-adjusts with the pack's weights", () => {
    expect(org.ragValue).toEqual({ green: k(100), amber: k(4), red: k(10), unrated: k(8) });
    expect(org.ragCount).toEqual({ green: 1, amber: 1, red: 1, unrated: 1 });
    expect(org.riskAdjusted).toBe(k(100) + k(2));
  });

  it("totals by workstream and point of delivery, with Unknown for the missing ones", () => {
    expect(org.byWorkstream).toEqual({ "Right Care": k(110), Procurement: k(4), Unknown: k(8) });
    expect(org.byPointOfDelivery).toEqual({ Elective: k(100), Unknown: k(22) });
  });

  it("places the organisation under its SHA, SHA cluster and England", () => {
    expect(org.shaCode).toBe("Q30");
    expect(result.shas.map((s) => s.code)).toEqual(["Q30"]);
    expect(result.shaClusters.map((c) => c.name)).toEqual(["NHS North of England"]);
    expect(result.national.savings.total).toBe(k(122));
    expect(result.national.shareOfNational).toBe(100);
    expect(result.shas[0].shareOfNational).toBe(100);
  });

  it("computes the plan RAG: red share (red + unrated) 18/122 is under 20%, not-green 22/122 under 30%", () => {
    expect(org.planRag).toBe("green");
    expect(org.planRagSource).toBe("computed");
  });
});

describe("plan RAG", () => {
  it("takes the RAG declared on the plan", () => {
    const org = rollup([makePlan({ matched: "Tees", declaredRag: "amber" })], pack).organisations[0];
    expect([org.planRag, org.planRagSource]).toEqual(["amber", "declared"]);
  });

  it("is red when more than 20% of the value is red or unrated", () => {
    const plan = makePlan({ matched: "Tees", schemes: [{ savings: [79, 0, 0, 0] }, { savings: [21, 0, 0, 0], rag: "unrated" }] });
    expect(rollup([plan], pack).organisations[0].planRag).toBe("red");
  });

  it("is amber when more than 30% is not green but red and unrated stay within 20%", () => {
    const plan = makePlan({
      matched: "Tees",
      schemes: [{ savings: [60, 0, 0, 0] }, { savings: [20, 0, 0, 0], rag: "red" }, { savings: [20, 0, 0, 0], rag: "amber" }],
    });
    expect(rollup([plan], pack).organisations[0].planRag).toBe("amber");
  });

  it("uses scheme counts when the value is zero", () => {
    const plan = makePlan({ matched: "Tees", schemes: [{ savings: [0, 0, 0, 0], rag: "red" }, { savings: [0, 0, 0, 0] }] });
    expect(rollup([plan], pack).organisations[0].planRag).toBe("red");
  });

  it("counts plan RAGs at SHA level", () => {
    const plans = [
      makePlan({ sheet: "A", matched: "Tees", declaredRag: "red" }),
      makePlan({ sheet: "B", matched: "North of Tyne", declaredRag: "red" }),
      makePlan({ sheet: "C", matched: "County Durham and Darlington", declaredRag: "amber" }),
    ];
    const result = rollup(plans, pack);
    expect(result.shas[0].planRagCount).toEqual({ red: 2, amber: 1, green: 0 });
    expect(result.national.planRagCount).toEqual({ red: 2, amber: 1, green: 0 });
  });
});

describe("management cost", () => {
  it("takes a number as that part of the scheme and leaves it out of QIPP savings, pro rata by year", () => {
    const plan = makePlan({ matched: "Tees", schemes: [{ savings: [1, 1, 1, 0], managementCost: 0.00001 * 2 }] });
    const org = rollup([plan], pack).organisations[0];
    expect(org.managementCost).toBe(2);
    expect(org.qippSavings.total).toBe(k(3) - 2);
    const years = pack.years.map((y) => org.qippSavings[y]);
    expect(years.reduce((a, b) => a + b, 0)).toBe(org.qippSavings.total);
    expect(years).toEqual([k(1) - 1, k(1) - 1, k(1), 0]);
  });

  it("treats yes as the whole scheme and caps a number at the scheme's value", () => {
    const plan = makePlan({
      matched: "Tees",
      schemes: [{ savings: [1, 2, 3, 4], managementCost: "Yes" }, { savings: [1, 1, 1, 1], managementCost: 50 }, { managementCost: 0 }],
    });
    const org = rollup([plan], pack).organisations[0];
    expect(org.managementCost).toBe(k(14));
    expect(org.qippSavings).toEqual({ "2011-12": k(100), "2012-13": k(100), "2013-14": k(100), "2014-15": k(100), total: k(400) });
  });

  it("counts management cost as QIPP when the pack says so", () => {
    const counting = defaultPack();
    counting.parameters.managementCostCountsAsQipp = true;
    const plan = makePlan({ matched: "Tees", schemes: [{ savings: [1, 2, 3, 4], managementCost: "y" }] });
    const org = rollup([plan], counting).organisations[0];
    expect(org.managementCost).toBe(k(10));
    expect(org.qippSavings).toEqual(org.savings);
  });
});

describe("delivery and demand management", () => {
  it("is null without a forecast for the forecast year", () => {
    expect(rollup([makePlan({ matched: "Tees" })], pack).national.delivery).toBeNull();
  });

  it("compares plan and forecast for the forecast year; on track is green or forecast ≥ plan", () => {
    const plan = makePlan({
      matched: "Tees",
      schemes: [
        { savings: [10, 0, 0, 0], rag: "red", forecast: { "2011-12": 12 }, pointOfDelivery: "Non-elective" },
        { savings: [20, 0, 0, 0], rag: "amber", forecast: { "2011-12": 5 }, pointOfDelivery: "A&E" },
        { savings: [40, 0, 0, 0], rag: "green", forecast: { "2011-12": 1 }, pointOfDelivery: "Community" },
        { savings: [80, 0, 0, 0], rag: "red", pointOfDelivery: "Outpatients" },
      ],
    });
    const org = rollup([plan], pack).organisations[0];
    expect(org.delivery).toEqual({ year: "2011-12", planned: k(70), forecast: k(18), onTrack: k(50) });
    // Demand management uses the pack's on track (green and forecast ≥ 90% of plan): none of these is green.
    expect(org.demandManagement).toEqual({ total: k(110), onTrack: 0 });
  });
});

describe("organisations and SHAs", () => {
  it("rolls an unknown organisation into England but into no SHA", () => {
    const plans = [makePlan({ sheet: "A", organisation: "Atlantis PCT" }), makePlan({ sheet: "B", matched: "Tees" })];
    const result = rollup(plans, pack);
    expect(result.organisations.map((o) => [o.name, o.shaCode])).toEqual([["Tees", "Q30"], ["Atlantis PCT", null]]);
    expect(result.shas[0].savings.total).toBe(k(400));
    expect(result.national.savings.total).toBe(k(800));
    expect(result.shas[0].shareOfNational).toBe(50);
  });

  it("accepts an SHA standing as the organisation of a plan", () => {
    const result = rollup([makePlan({ organisation: "NHS London", shaCode: "Q36" })], pack);
    expect(result.organisations[0]).toMatchObject({ name: "NHS London", shaCode: "Q36" });
    expect(result.shas.map((s) => s.code)).toEqual(["Q36"]);
    expect(result.shaClusters.map((c) => c.name)).toEqual(["NHS London"]);
  });

  it("groups schemes of an Organisation column by their own organisation", () => {
    const plan = makePlan({ matched: "Tees", schemes: [{ organisation: "Tees" }, { organisation: "North of Tyne" }, { organisation: "North of Tyne" }] });
    const result = rollup([plan], pack);
    expect(result.organisations.map((o) => [o.name, o.schemes])).toEqual([["North of Tyne", 2], ["Tees", 1]]);
  });

  it("takes budgets from the plan, sums them for the SHA when all have one, else the pack's SHA budget", () => {
    const both = rollup([makePlan({ sheet: "A", matched: "Tees", budget: 1000 }), makePlan({ sheet: "B", matched: "North of Tyne", budget: 3000 })], pack);
    expect(both.shas[0].budget).toBe(k(4000));
    expect(both.shas[0].shareOfBudget).toBeCloseTo((100 * 800) / 4000, 12);
    const one = rollup([makePlan({ sheet: "A", matched: "Tees", budget: 1000 }), makePlan({ sheet: "B", matched: "North of Tyne" })], pack);
    expect(one.shas[0].budget).toBe(k(4928324));
    expect(one.organisations.find((o) => o.name === "North of Tyne")?.budget).toBeNull();
  });

  it("counts the figures that rest on cells with an error finding", () => {
    const plan = makePlan({ matched: "Tees", schemes: [{ row: 5 }, { row: 6 }] });
    const errors = errorCellKeys([
      { severity: "error", workbook: "plan.xlsx", sheet: "Plan", cell: "E5" },
      { severity: "error", workbook: "plan.xlsx", sheet: "Plan", cell: "F6" },
      { severity: "warning", workbook: "plan.xlsx", sheet: "Plan", cell: "G6" },
      { severity: "error", workbook: "plan.xlsx", sheet: "Plan", cell: "B5" },
    ]);
    const result = rollup([plan], pack, errors);
    expect(result.organisations[0].figuresOnErrorCells).toBe(2);
    expect(result.national.figuresOnErrorCells).toBe(2);
  });
});
