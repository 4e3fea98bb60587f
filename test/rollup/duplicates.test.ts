import { rollup } from "../../src/core/rollup";
import { toPence } from "../../src/core/money";
import { defaultPack } from "../support/pack";
import { makePlan } from "../support/plans";

describe("the same organisation fed twice", () => {
  const pack = defaultPack();
  const first = makePlan({ workbook: "a.xlsx", sheet: "Tees", matched: "Tees", schemes: [{ savings: [1, 1, 1, 1] }] });
  const again = makePlan({ workbook: "b.xlsx", sheet: "Copy", organisation: "NHS Tees", matched: "Tees", schemes: [{ savings: [9, 9, 9, 9] }] });
  const other = makePlan({ workbook: "b.xlsx", sheet: "Tyne", matched: "North of Tyne" });

  it("counts the first plan given and reports the later one", () => {
    for (const order of [[first, again, other], [other, first, again]]) {
      const result = rollup(order, pack);
      expect(result.organisations.find((o) => o.name === "Tees")?.savings.total).toBe(toPence(4));
      expect(result.national.savings.total).toBe(toPence(404));
      expect(result.findings).toEqual([
        {
          rule: "duplicate-plan",
          severity: "error",
          workbook: "b.xlsx",
          sheet: "Copy",
          cell: "B2",
          field: "organisation",
          value: "Tees",
          message: "Tees has a plan in a.xlsx (sheet Tees) and again in b.xlsx (sheet Copy): only the first is counted. Remove one of them.",
        },
      ]);
    }
  });

  it("uses the pack's severity, and says nothing when the rule is off (still counting once)", () => {
    const warn = defaultPack();
    warn.rules["duplicate-plan"] = { severity: "warning" };
    expect(rollup([first, again], warn).findings.map((f) => f.severity)).toEqual(["warning"]);
    const off = defaultPack();
    off.rules["duplicate-plan"] = { severity: "off" };
    const result = rollup([first, again], off);
    expect(result.findings).toEqual([]);
    expect(result.national.savings.total).toBe(toPence(4));
  });

  it("detects the same organisation spelt differently when both resolve to the pack's name", () => {
    const result = rollup([first, again], pack);
    expect(result.organisations).toHaveLength(1);
    expect(result.organisations[0].sources).toEqual([{ workbook: "a.xlsx", sheet: "Tees", range: "A5:H5" }]);
  });
});
