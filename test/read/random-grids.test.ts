import fc from "fast-check";
import { parseA1, type CellValue, type SheetGrid } from "../../src/core/grid";
import { validateWorkbooks } from "../../src/core/pipeline";
import { defaultPack } from "../../src/core/rules/load";

const pack = defaultPack();
const headerWords = [...Object.values(pack.fields).flatMap((f) => f.aliases), "2011/12", "12/13", "2013-14", "FY 2014/15", "Forecast 2011-12", "Total", "Organisation:", "£m"];
const cell: fc.Arbitrary<CellValue> = fc.oneof(
  fc.constant(null),
  fc.double({ noNaN: false }),
  fc.integer(),
  fc.boolean(),
  fc.string(),
  fc.string({ unit: "grapheme", maxLength: 2000 }),
  fc.constantFrom("#REF!", "#DIV/0!", "#N/A", "#VALUE!", "tbc", "(150)", "1,234", "£1,234.50", "-", "Total", "Grand total", "R", "Amber", "Urgent Care", "NEL"),
  fc.constantFrom(...headerWords),
  fc.constantFrom(...pack.organisations.map((o) => o.name)),
);
const grid = fc.record({
  name: fc.string({ minLength: 1, maxLength: 31 }),
  top: fc.integer({ min: 0, max: 40 }),
  left: fc.integer({ min: 0, max: 30 }),
  values: fc.array(fc.array(cell, { maxLength: 14 }), { maxLength: 40 }),
});

describe("any grid of cell values", () => {
  it("never crashes the reader or the validator, and every finding names a real cell", () => {
    fc.assert(
      fc.property(fc.uniqueArray(grid, { minLength: 1, maxLength: 3, selector: (g) => g.name }), (sheets: SheetGrid[]) => {
        const result = validateWorkbooks([{ name: "random.xlsx", sheets }]);
        for (const f of result.findings) {
          if (f.rule === "no-plan" || f.rule === "not-a-plan") {
            expect(f.sheet).toBe("");
            continue;
          }
          const sheet = sheets.find((s) => s.name === f.sheet);
          expect(sheet).toBeDefined();
          if (f.cell === "") continue;
          const pos = parseA1(f.cell);
          expect(pos).toBeDefined();
          expect(pos!.row).toBeGreaterThanOrEqual(sheet!.top);
          expect(pos!.row).toBeLessThan(sheet!.top + Math.max(sheet!.values.length, 1));
          expect(pos!.col).toBeGreaterThanOrEqual(sheet!.left);
          expect(typeof f.message).toBe("string");
          expect(["error", "warning", "info"]).toContain(f.severity);
        }
      }),
      { numRuns: 300 },
    );
  });

  it("finds a plan whose header hides among header-like rows in the data", () => {
    const header = ["Ref", "Scheme name", "Workstream", "RAG", "2011/12", "2012/13", "2013/14", "2014/15"];
    const values: CellValue[][] = [["Title"], header, ["A1", "One", "Right Care", "G", 1, 2, 3, 4], header, ["A2", "Two", "Right Care", "A", 1, 1, 1, 1]];
    const result = validateWorkbooks([{ name: "x.xlsx", sheets: [{ name: "Arden", values, top: 0, left: 0 }] }]);
    expect(result.plans[0].headerRow).toBe(2);
    expect(result.plans[0].schemes.map((s) => s.row)).toEqual([3, 5]);
  });
});
