import { defaultPack, parsePack, parsePackText } from "../../src/core/rules/load";
import { packFromRulesSheet } from "../../src/core/rules/sheet-pack";
import { validateWorkbooks, PackError } from "../../src/core/pipeline";
import type { CellValue } from "../../src/core/grid";

const sheet = (values: CellValue[][]) => ({ name: "QIPP Rules", values, top: 0, left: 0 });
const clone = () => structuredClone(defaultPack()) as unknown as Record<string, unknown>;

describe("the bundled rule pack", () => {
  const pack = defaultPack();
  it("holds the reference data: 10 SHAs in 4 clusters, the PCT clusters, workstreams and four years", () => {
    expect(pack.shas.map((s) => s.code)).toEqual(["Q30", "Q31", "Q32", "Q33", "Q34", "Q35", "Q36", "Q37", "Q38", "Q39"]);
    expect(new Set(pack.shas.map((s) => s.cluster)).size).toBe(4);
    expect(pack.organisations.length).toBeGreaterThanOrEqual(45);
    expect(pack.years).toEqual(["2011-12", "2012-13", "2013-14", "2014-15"]);
    expect(pack.parameters.managementCostCountsAsQipp).toBe(false);
    expect(pack.parameters.ragWeights).toEqual({ green: 1, "amber-green": 0.75, amber: 0.5, "amber-red": 0.25, red: 0, unrated: 0 });
  });
  it("derives each SHA's 2011-12 budget from its share of £17.4bn and its savings percentage", () => {
    const london = pack.shas.find((s) => s.code === "Q36")!;
    expect(london.plannedBudget).toBe(Math.round((0.155 * 17_400_000) / 0.185));
  });
});

describe("a malformed pack", () => {
  it.each([
    [(p: Record<string, unknown>) => ((p.parameters as Record<string, unknown>).totalTolerance = "1"), "parameters.totalTolerance"],
    [(p: Record<string, unknown>) => (p.surprise = true), "surprise"],
    [(p: Record<string, unknown>) => (p.workstreams = []), "workstreams: needs at least one workstream"],
    [(p: Record<string, unknown>) => delete p.shas, "shas"],
    [(p: Record<string, unknown>) => (p.version = "one"), "version: must be a version like 1.0.0"],
    [(p: Record<string, unknown>) => ((p.organisations as { sha: string }[])[0].sha = "Q99"), 'organisations.0.sha: "Q99" is not an SHA code'],
  ])("is refused with a message naming the field (%#)", (mutate, expected) => {
    const p = clone();
    mutate(p);
    const result = parsePack(p);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error).toContain(expected);
      expect(result.error).not.toContain("\n");
    }
  });
  it("that is not JSON says so", () => {
    const r = parsePackText("{ nope", "rule pack x.json");
    expect(r.ok || r.error).toMatch(/^The rule pack x.json is not valid JSON/);
  });
});

describe("a QIPP Rules sheet", () => {
  it("overrides the bundled pack with key/value rows", () => {
    const r = packFromRulesSheet(sheet([["key", "value"], ["version", "1.1.0"], ["parameters.managementCostCountsAsQipp", true], ["rules.unit-saving.severity", "off"]]), defaultPack());
    expect(r.ok).toBe(true);
    if (r.ok) {
      expect(r.pack.version).toBe("1.1.0");
      expect(r.pack.parameters.managementCostCountsAsQipp).toBe(true);
      expect(r.pack.rules["unit-saving"]).toEqual({ severity: "off" });
      expect(r.pack.name).toContain("QIPP Rules sheet");
    }
  });
  it("may hold a whole JSON pack", () => {
    const json = JSON.stringify({ ...clone(), name: "East Midlands pack", version: "2.0.0" });
    const r = packFromRulesSheet(sheet([[json]]), defaultPack());
    expect(r.ok && r.pack.name).toBe("East Midlands pack");
  });
  it("with junk stops validation with one clear message", () => {
    const wb = { name: "w.xlsx", sheets: [sheet([["parameters.totalTolerance", "lots"]])] };
    expect(() => validateWorkbooks([wb])).toThrow(PackError);
    expect(() => validateWorkbooks([wb])).toThrow(/QIPP Rules" sheet is malformed: parameters.totalTolerance/);
    expect(() => validateWorkbooks([{ name: "w.xlsx", sheets: [sheet([["what is this?"]])] }])).toThrow(/not a rule pack key/);
  });
  it("names the pack used in the result", () => {
    const wb = { name: "w.xlsx", sheets: [sheet([["version", "3.0.0"]])] };
    expect(validateWorkbooks([wb]).packInfo).toMatchObject({ version: "3.0.0", source: "workbook" });
  });
});
