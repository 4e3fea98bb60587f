import type { CellValue } from "../../src/core/grid";
import { validateWorkbooks } from "../../src/core/pipeline";

const HEAD = ["Scheme ref", "Scheme name", "National workstream", "Point of delivery", "Activity change", "RAG", "2011-12", "2012-13", "2013-14", "2014-15", "Total"];
const row = (ref: string, over: Partial<Record<string, CellValue>> = {}): CellValue[] => {
  const base: Record<string, CellValue> = { "Scheme ref": ref, "Scheme name": `Scheme ${ref}`, "National workstream": "Right Care", "Point of delivery": "Community", "Activity change": null, RAG: "G", "2011-12": 10, "2012-13": 20, "2013-14": 30, "2014-15": 40, Total: 100 };
  return HEAD.map((h) => (h in over ? over[h]! : base[h]));
};
// These plans have no QIA column: its one note is tested with the in-year rules (test/validate/in-year.test.ts).
const withoutQiaNote = <T extends { findings: { rule: string }[] }>(r: T): T => ({ ...r, findings: r.findings.filter((f) => f.rule !== "qia-no-column") });
const run = (rows: CellValue[][], above: CellValue[][] = [["Organisation", "Arden"]]) =>
  withoutQiaNote(validateWorkbooks([{ name: "plan.xlsx", sheets: [{ name: "Plan", values: [...above, HEAD, ...rows], top: 0, left: 0 }] }]));
const where = (rows: CellValue[][], rule: string, above?: CellValue[][]) => run(rows, above).findings.filter((f) => f.rule === rule).map((f) => f.cell);

describe("validation rules", () => {
  it("gives clean rows no finding at all", () => {
    expect(run([row("A1"), row("A2")]).findings).toEqual([]);
  });
  it("flags required fields at the empty cell", () => {
    expect(where([row("A1", { "Scheme name": null, RAG: "" }), row("", {})], "required")).toEqual(["B3", "F3", "A4"]);
    expect(where([row("A1", { "2011-12": null, "2012-13": "-", "2013-14": null, "2014-15": null, Total: null })], "required")).toEqual(["G3"]);
  });
  it("flags codes not in the pack's lists", () => {
    const f = run([row("A1", { "National workstream": "Misc", "Point of delivery": "Hospital", RAG: "Purple" })]).findings.filter((x) => x.rule === "code-list");
    expect(f.map((x) => [x.cell, x.field])).toEqual([["C3", "workstream"], ["D3", "pointOfDelivery"], ["F3", "rag"]]);
    expect(f[2].message).toBe("RAG rating the text 'Purple' is not in the list: choose one of 'Red', 'Amber' or 'Green'");
    // Nothing is close to 'Misc', and the pack's 12 workstreams are few enough to list in full.
    expect(f[0].message).toMatch(/^National workstream the text 'Misc' is not in the list: choose one of 'Safe Care', .* or 'Technology and Innovation'$/);
  });
  it("accepts the pack's synonyms loosely", () => {
    expect(run([row("A1", { "National workstream": "urgent care", "Point of delivery": "A and E", RAG: "amber" })]).findings).toEqual([]);
  });
  it("flags negative savings as warnings, and a duplicate reference", () => {
    const r = run([row("A1", { "2012-13": -5, Total: 75 }), row("A1")]);
    expect(r.findings.map((f) => [f.rule, f.severity, f.cell])).toEqual([["negative-saving", "warning", "H3"], ["duplicate-ref", "error", "A4"]]);
  });
  it("checks a Total column against the years with the pack's tolerance", () => {
    expect(where([row("A1", { Total: 100.9 }), row("A2", { Total: 102 })], "total-mismatch")).toEqual(["K4"]);
  });
  it("flags an implausible saving per unit of activity", () => {
    // 40 (£000) = £40,000 over 10 admissions = £4,000 each: plausible for non-elective; over 1 = £40,000: not.
    expect(where([row("A1", { "Point of delivery": "Non-elective", "Activity change": -10 }), row("A2", { "Point of delivery": "NEL", "Activity change": -1 })], "unit-saving")).toEqual(["E4"]);
  });
  it("reconciles sub-totals and a grand total with their schemes", () => {
    const sub = (label: string, v: number) => [label, null, null, null, null, null, v, 2 * v, 3 * v, 4 * v, 10 * v];
    const rows = [["Urgent care"], row("A1"), row("A2"), sub("Sub-total", 20), ["Planned care"], row("A3"), sub("Sub-total", 10), sub("Grand total", 32)];
    expect(where(rows, "declared-total-mismatch")).toEqual(["G10", "H10", "I10", "J10", "K10"]);
    expect(run(rows).plans[0].schemes).toHaveLength(3);
  });
  it("flags an SHA written on the plan that is not the organisation's", () => {
    expect(where([row("A1")], "organisation-sha", [["Organisation:", "Arden"], ["SHA:", "London"]])).toEqual(["B2"]);
    expect(where([row("A1")], "organisation-sha", [["Organisation:", "Arden"], ["SHA:", "West Midlands"]])).toEqual([]);
  });
  it("warns about an organisation the pack does not know", () => {
    expect(run([row("A1")], [["Organisation", "Narnia"]]).findings.map((f) => f.rule)).toEqual(["unknown-organisation"]);
  });
  it("reports one error naming every missing required column", () => {
    const values = [["Ref", "Scheme", "2011/12", "2012/13"], ["A", "B", 1, 2]];
    const f = validateWorkbooks([{ name: "x.xlsx", sheets: [{ name: "Plan", values, top: 0, left: 0 }] }]).findings.filter((x) => x.field === "header");
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ rule: "missing-columns", cell: "A1" });
    expect(f[0].message).toContain("National workstream, RAG, Savings 2013-14 and Savings 2014-15");
  });
  it("takes the severity from the pack", () => {
    const values = [["parameters.totalTolerance", 0.5], ["rules.negative-saving.severity", "error"]];
    const r = validateWorkbooks([{ name: "p.xlsx", sheets: [{ name: "QIPP Rules", values, top: 0, left: 0 }, { name: "Plan", values: [["Organisation", "Arden"], HEAD, row("A1", { "2011-12": -1, Total: 89.6 })], top: 0, left: 0 }] }]);
    expect(withoutQiaNote(r).findings.map((f) => [f.rule, f.severity])).toEqual([["negative-saving", "error"], ["total-mismatch", "error"]]);
  });
});

describe("where the organisation comes from", () => {
  const plan = (sheets: { name: string; values: CellValue[][] }[]) => validateWorkbooks([{ name: "w.xlsx", sheets: sheets.map((s) => ({ ...s, top: 0, left: 0 })) }]).plans;
  it("an Organisation column, one sheet holding several clusters", () => {
    const p = plan([{ name: "All", values: [["Organisation", ...HEAD], ["NHS Staffordshire", ...row("S1")], ["Black Country cluster", ...row("B1")]] }]);
    expect(p[0].schemes.map((s) => [s.organisation, s.shaCode])).toEqual([["Staffordshire", "Q34"], ["Black Country", "Q34"]]);
  });
  it("a Cover sheet, for a one-plan workbook", () => {
    const p = plan([{ name: "Cover", values: [["Organisation name", null, "Birmingham & Solihull PCT"], ["Planned budget", 1000], ["Overall RAG", "Amber"]] }, { name: "Schemes", values: [HEAD, row("A1")] }]);
    expect(p[0].organisation).toMatchObject({ source: "cover", matched: "Birmingham and Solihull", shaCode: "Q34" });
    expect(p[0].budget?.pence).toBe(100_000_000);
    expect(p[0].declaredRag?.rag).toBe("amber");
  });
  it("else the sheet name", () => {
    expect(plan([{ name: "West Mercia", values: [HEAD, row("A1")] }])[0].organisation).toMatchObject({ source: "sheet", matched: "West Mercia", shaCode: "Q34" });
  });
});
