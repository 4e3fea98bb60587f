import { rollup, toRollupJson } from "../../src/core/rollup";
import { parsePack } from "../../src/core/rules/load";
import { defaultPack } from "../support/pack";
import { makePlan } from "../support/plans";

const pack = defaultPack();
const k = (thousands: number) => thousands * 100_000;

describe("exceptions in one version", () => {
  const plan = makePlan({
    matched: "Tees",
    schemes: [
      { ref: "M1", name: "Cut emergency admissions", savings: [6500, 0, 0, 0], rag: "amber", forecast: { "2011-12": 4095 }, pointOfDelivery: "Non-elective" },
      { ref: "M2", savings: [100, 100, 100, 100], rag: "red" },
      { ref: "M3", savings: [1000, 0, 0, 0], rag: "green", forecast: { "2011-12": 900 } },
      { ref: "M4", savings: [1000, 0, 0, 0], rag: "green", forecast: { "2011-12": 899 } },
    ],
  });

  it("are red or forecast below 90% of plan, sorted by value at risk, with the percentage in the message", () => {
    const r = rollup([plan], pack);
    expect(r.exceptions.map((e) => [e.ref, e.reasons, e.valueAtRisk])).toEqual([
      ["M1", ["forecast-below-plan"], k(6500 - 4095)],
      ["M2", ["red"], k(400)],
      ["M4", ["forecast-below-plan"], k(101)],
    ]);
    expect(r.exceptions[0].messages[0]).toBe("forecast is 63% of plan (£4,095k of £6,500k in 2011-12)");
    expect(r.exceptions[0].cell).toBe("J5");
    expect(r.exceptions[1].cell).toBe("A6");
  });

  it("take their thresholds from the pack", () => {
    const strict = structuredClone(pack);
    strict.parameters.exceptions.forecastBelowPlanPercent = 50;
    expect(rollup([plan], strict).exceptions.map((e) => e.ref)).toEqual(["M2"]);
  });

  it("appear in rollup --json, with demand management at every level and each SHA's largest schemes", () => {
    const json = toRollupJson(rollup([plan], pack), pack);
    expect(json.exceptions[0]).toMatchObject({ organisation: "Tees", ref: "M1", reasons: ["forecast-below-plan"], valueAtRisk: 2405, rag: "amber", sheet: "Plan", cell: "J5" });
    expect(json.national.demandManagement).toEqual({ total: 6500, onTrack: 0 });
    expect(json.shas[0].largestSchemes.map((s) => [s.ref, s.total])).toEqual([["M1", 6500], ["M3", 1000], ["M4", 1000], ["M2", 400]]);
  });
});

describe("demand management on track", () => {
  const plan = makePlan({
    matched: "Tees",
    schemes: [
      { savings: [10, 0, 0, 0], rag: "green", forecast: { "2011-12": 9 }, pointOfDelivery: "Elective" },
      { savings: [20, 0, 0, 0], rag: "green", forecast: { "2011-12": 17 }, pointOfDelivery: "Elective" },
      { savings: [40, 0, 0, 0], rag: "green", pointOfDelivery: "A&E" },
      { savings: [80, 0, 0, 0], rag: "amber", pointOfDelivery: "Outpatients" },
      { savings: [160, 0, 0, 0], rag: "green", pointOfDelivery: "Community" },
    ],
  });

  it("by default is green with any forecast at least 90% of plan", () => {
    expect(rollup([plan], pack).national.demandManagement).toEqual({ total: k(150), onTrack: k(50) });
  });

  it("follows the pack's definition", () => {
    const lenient = structuredClone(pack);
    lenient.parameters.demandManagementOnTrack = { rags: ["green", "amber"], forecastAtLeastPercent: 80 };
    expect(rollup([plan], lenient).shas[0].demandManagement).toEqual({ total: k(150), onTrack: k(150) });
  });
});

test("a pack written before the exception thresholds existed still loads, with the defaults", () => {
  const old = structuredClone(pack) as unknown as { parameters: Record<string, unknown> };
  delete old.parameters.exceptions;
  delete old.parameters.demandManagementOnTrack;
  const parsed = parsePack(old);
  expect(parsed.ok && parsed.pack.parameters.exceptions).toEqual({ forecastBelowPlanPercent: 90, savingsReducedOver: 100, behindPlanPercent: 90, activityOverPlanPercent: 10, materialityThousands: 100 });
  expect(parsed.ok && parsed.pack.parameters.demandManagementOnTrack).toEqual({ rags: ["green"], forecastAtLeastPercent: 90 });
  const bad = structuredClone(pack) as unknown as { parameters: { exceptions: unknown } };
  bad.parameters.exceptions = { forecastBelowPlanPercent: "ninety" };
  const refused = parsePack(bad);
  expect(refused.ok ? "" : refused.error).toContain("parameters.exceptions.forecastBelowPlanPercent");
});
