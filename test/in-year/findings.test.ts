import type { CellValue } from "../../src/core/grid";
import { validateWorkbooks, rollupPlans } from "../../src/core/pipeline";
import { parsePack } from "../../src/core/rules/load";
import { IN_YEAR_FIELD_DEFAULTS, RAG5_DEFAULTS } from "../../src/core/rules/in-year-defaults";
import { defaultPack } from "../support/pack";

const HEAD = ["Scheme ref", "Scheme name", "National workstream", "RAG", "2011-12", "2012-13", "2013-14", "2014-15", "YTD plan", "YTD actual"];
const ROW = ["A1", "Scheme", "Right Care", "Amber/Green", 10, 10, 10, 10, 5, 2];
const run = (above: CellValue[][], head = HEAD, row: CellValue[] = ROW, pack = defaultPack()) =>
  validateWorkbooks([{ name: "r.xlsx", sheets: [{ name: "Arden", values: [["Organisation", "Arden"], ...above, head, row], top: 0, left: 0 }] }], { pack });
const rules = (r: ReturnType<typeof run>) => r.findings.map((f) => `${f.rule} ${f.cell}`);

describe("in-year findings", () => {
  it("reports a period label it cannot read at the label's value, and takes no period", () => {
    const r = run([["Reporting month", "Q2 maybe"]]);
    expect(rules(r)).toContain("period-unreadable B2");
    expect(r.findings.find((f) => f.rule === "period-unreadable")!.message).toBe("The reporting month 'Q2 maybe' cannot be read: write it as Month 6, September 2011 or 30/09/2011.");
    expect(r.plans[0].period).toBeUndefined();
  });

  it("reports YTD columns with no period anywhere at the first YTD header", () => {
    const r = run([]);
    expect(rules(r)).toContain("period-missing I2");
    // Without a period the YTD figures still add up; nothing is overdue
    const roll = rollupPlans(r);
    expect(roll.national.inYear).toEqual({ periodEnd: null, ytdPlan: 500_000, ytdActual: 200_000, variance: -300_000, deliveredPercent: 40 });
  });

  it("gives a plan with no QIA column one note naming it, and none when the column is there", () => {
    const without = run([["Month", "M6"]]);
    expect(without.findings.filter((f) => f.rule === "qia-no-column").map((f) => [f.severity, f.cell, f.message])).toEqual([
      ["info", "A3", "Sheet 'Arden' has no QIA column, so no scheme shows a signed-off quality impact assessment: add a QIA column."],
    ]);
    const withQia = run([["Month", "M6"]], [...HEAD, "QIA"], [...ROW, "Signed off"]);
    expect(rules(withQia).filter((r) => r.startsWith("qia"))).toEqual([]);
    const unsigned = run([["Month", "M6"]], [...HEAD, "QIA"], [...ROW, "In progress"]);
    expect(rules(unsigned).filter((r) => r.startsWith("qia"))).toEqual(["qia-missing K4"]);
  });

  it("loads a pack written before in-year monitoring, with the defaults", () => {
    const old = structuredClone(defaultPack()) as unknown as Record<string, Record<string, unknown>>;
    for (const f of ["ytdPlan", "ytdActual", "activityPlanYtd", "activityActualYtd", "milestone", "milestoneDue", "milestoneStatus", "qia", "workforceChange"]) delete old.fields[f];
    delete old.rag5;
    delete old.challenge;
    delete (old.labels as Record<string, unknown>).period;
    delete (old.parameters.ragWeights as Record<string, unknown>)["amber-green"];
    delete (old.parameters.ragWeights as Record<string, unknown>)["amber-red"];
    delete old.parameters.fivePointAsThree;
    const parsed = parsePack(old);
    if (!parsed.ok) throw new Error(parsed.error);
    expect(parsed.pack.fields.ytdActual.aliases).toContain("YTD actual");
    expect(parsed.pack.rag5["amber-green"]).toContain("AG");
    expect(parsed.pack.parameters.ragWeights).toMatchObject({ "amber-green": 0.75, "amber-red": 0.25 });
    expect(parsed.pack.parameters.fivePointAsThree).toEqual({ "amber-green": "amber", "amber-red": "amber" });
    expect(parsed.pack.challenge).toBeUndefined();
    expect(run([["Month", "M6"]], HEAD, ROW, parsed.pack).plans[0].schemes[0].ytdActual?.value).toBe(200_000);
  });

  it("gives older packs the same header texts the bundled pack built from fields.csv", () => {
    const bundled = defaultPack();
    for (const [field, spec] of Object.entries(IN_YEAR_FIELD_DEFAULTS)) expect([field, spec]).toEqual([field, bundled.fields[field as keyof typeof bundled.fields]]);
    expect(RAG5_DEFAULTS).toEqual(bundled.rag5);
    expect(bundled.challenge).toBe(16_400_000);
  });

  it("folds the in-between points as the pack says", () => {
    const pack = defaultPack();
    pack.parameters.fivePointAsThree = { "amber-green": "green", "amber-red": "red" };
    const s = run([["Month", "M6"]], HEAD, ROW, pack).plans[0].schemes[0];
    expect([s.rag, s.rag5]).toEqual(["green", "amber-green"]);
  });
});
