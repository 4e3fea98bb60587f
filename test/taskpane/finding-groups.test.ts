import fc from "fast-check";
import { groupFindings, openAtFirst } from "../../src/taskpane/finding-groups";
import type { Finding, Severity } from "../../src/core/types";

const f = (sheet: string, severity: Severity): Finding => ({ rule: "r", severity, workbook: "w", sheet, cell: "A1", field: "x", value: null, message: "m" });

it("lists sheets with errors before sheets with warnings or notes only, keeping first-seen order within a rank", () => {
  const groups = groupFindings([f("Cover", "info"), f("Arden", "warning"), f("Tees", "error"), f("Notes", "info"), f("Arden", "error")]);
  expect(groups.map((g) => g.sheet)).toEqual(["Arden", "Tees", "Cover", "Notes"]);
  expect(groups[0].severities.map((s) => s.severity)).toEqual(["error", "warning"]);
});

describe("the sheets open when the list first shows", () => {
  const sheetsOf = (sizes: number[]) => groupFindings(sizes.flatMap((n, i) => Array.from({ length: n }, () => f(`Sheet ${i}`, "error"))));

  it("opens the first sheet always, then the next while about 100 findings are on show", () => {
    expect(openAtFirst(sheetsOf([40, 50, 10, 5]))).toEqual(["Sheet 0", "Sheet 1", "Sheet 2"].map((s) => `w\u0000${s}`));
    expect(openAtFirst(sheetsOf([494, 3]))).toEqual(["w\u0000Sheet 0"]);
    expect(openAtFirst([])).toEqual([]);
  });

  it("is a non-empty prefix of the sheets, over the budget only when the first sheet alone is", () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 1, max: 80 }), { minLength: 1, maxLength: 12 }), fc.integer({ min: 1, max: 200 }), (sizes, budget) => {
        const groups = sheetsOf(sizes);
        const open = openAtFirst(groups, budget);
        expect(open).toEqual(groups.slice(0, open.length).map((g) => g.key));
        expect(open.length).toBeGreaterThan(0);
        const shown = groups.slice(0, open.length).reduce((n, g) => n + g.counts.error, 0);
        if (open.length > 1) expect(shown).toBeLessThanOrEqual(budget);
        // Stopped only because the next sheet would pass the budget.
        if (open.length < groups.length) expect(shown + groups[open.length].counts.error).toBeGreaterThan(budget);
      }),
    );
  });
});
