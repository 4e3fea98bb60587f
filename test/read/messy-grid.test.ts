import type { SheetGrid } from "../../src/core/grid";
import { validateWorkbooks } from "../../src/core/pipeline";

const grid = (name: string, values: SheetGrid["values"], top = 0, left = 0): SheetGrid => ({ name, values, top, left });

describe("reading a hand-made plan sheet", () => {
  const sheet = grid("BSol", [
    ["QIPP plan 2011/12 to 2014/15", null, null, null],
    ["Organisation:", null, "NHS Birmingham & Solihull cluster", null],
    ["All figures £m", null, null, null],
    [null],
    ["Ref", "Scheme title", "QIPP workstream", "POD", "RAG status", "11/12", "2012-13", "FY 2013/14", "Savings 14/15 (£m)", "Forecast 2011-12", "Total", "Notes col"],
    ["Urgent care", null],
    ["B-001", "Reduce admissions", "Urgent Care", "NEL", "G", 1.5, "1,000.25", "(0.5)", "-", 1.6, 2000.25, "x"],
    ["B-002", "=HYPERLINK(\"x\")", "Prescribing", "Medicines", "red", "tbc", "#REF!", 0.25, 0.25, null, 0.5, null],
    [null],
    ["Total", null, null, null, null, 1.5, 1000.25, -0.25, 0.25, null, 999, null],
  ], 2, 1);

  const result = validateWorkbooks([{ name: "bsol.xlsx", sheets: [sheet, grid("Notes", [["Just some notes"]])] }]);
  const plan = result.plans[0];

  it("finds the header below title rows and maps aliases and year tokens", () => {
    expect(result.plans).toHaveLength(1);
    expect(plan.headerRow).toBe(7);
    expect(plan.yearColumns).toEqual({ "2011-12": "G", "2012-13": "H", "2013-14": "I", "2014-15": "J" });
    expect(plan.forecastColumns).toEqual({ "2011-12": "K" });
    expect(plan.columns.schemeRef).toBe("B");
  });

  it("scales £m into £000 and reads text numbers", () => {
    expect(plan.unit).toBe("millions");
    const s = plan.schemes[0];
    expect(s.savings["2011-12"].value).toBe(150_000_000);
    expect(s.savings["2012-13"].value).toBe(100_025_000_000);
    expect(s.savings["2013-14"].value).toBe(-50_000_000);
    expect(s.savings["2014-15"].value).toBeNull();
    expect(s.savings["2011-12"].cell).toBe("G9");
  });

  it("matches the organisation label to the pack and knows its SHA", () => {
    expect(plan.organisation).toMatchObject({ source: "label", matched: "Birmingham and Solihull", shaCode: "Q34", cell: "D4" });
    expect(plan.schemes.map((s) => s.row)).toEqual([9, 10]);
    expect(plan.totals).toHaveLength(1);
  });

  it("reports each problem at its cell", () => {
    const at = (rule: string) => result.findings.filter((f) => f.rule === rule).map((f) => `${f.sheet}!${f.cell}`);
    expect(at("not-a-number")).toEqual(["BSol!G10"]);
    expect(at("error-value")).toEqual(["BSol!H10"]);
    expect(at("negative-saving")).toEqual(["BSol!I9"]);
    expect(at("not-a-plan")).toEqual(["!"]);
    expect(result.findings.find((f) => f.rule === "not-a-plan")?.message).toBe("1 sheet without a plan: Notes. Nothing on it is counted.");
    expect(at("total-mismatch")).toEqual(["BSol!L9"]);
    expect(result.findings.find((f) => f.rule === "not-a-number")?.message).toBe("Savings 2011-12 is the text 'tbc', not a number: type the amount in the sheet's units (£000 unless it says otherwise), or leave it blank.");
    expect(at("declared-total-mismatch")).toEqual(["BSol!L12"]);
    expect(at("code-list")).toEqual([]);
  });
});

describe("headers and codes as people write them", () => {
  const values = [
    ["Scheme reference no.", "Scheme name/description", "National QIPP workstream", "R/A/G", "Savings 2011/12 (£000)", "Savings 2012/13 (£000)", "Savings 2013/14 (£000)", "Savings 2014/15 (£000)"],
    ["A-1", "Telehealth", "3. Long Term Conditions", "A/G", 1, 2, 3, 4],
  ];
  const result = validateWorkbooks([{ name: "w.xlsx", sheets: [{ name: "Arden", values, top: 0, left: 0 }] }]);
  it("matches a header that starts with a longer alias, and numbered codes", () => {
    expect(result.plans[0].columns).toMatchObject({ schemeRef: "A", schemeName: "B", workstream: "C", rag: "D" });
    // A/G keeps its point on the five-point scale and folds to amber on the three-point one.
    expect(result.plans[0].schemes[0]).toMatchObject({ workstream: "Long Term Conditions", rag: "amber", rag5: "amber-green" });
    expect(result.findings.map((f) => f.rule)).toEqual(["qia-no-column"]);
  });
});
