import fc from "fast-check";
import { columnReferences, sumOf } from "../../src/core/report/formula";
import { schemeRange } from "../../src/core/rollup/scheme-range";
import type { Plan, Scheme } from "../../src/core/types";
import { formulaRuns } from "../../src/host/office/formula-runs";

/** Rows a reference list covers, back as 0-based rows. */
function rowsOf(refs: string[]): number[] {
  return refs.flatMap((ref) => {
    const [from, to = from] = ref.split(":").map((a) => Number(/\d+$/.exec(a)![0]) - 1);
    return Array.from({ length: to - from + 1 }, (_, i) => from + i);
  });
}

describe("a total as a formula", () => {
  it("references exactly the rows it totals, consecutive rows as one range", () => {
    let runs = 0;
    fc.assert(
      fc.property(fc.uniqueArray(fc.integer({ min: 0, max: 400 }), { maxLength: 60 }), fc.integer({ min: 0, max: 30 }), (rows, column) => {
        const refs = columnReferences(column, rows);
        expect(rowsOf(refs)).toEqual([...rows].sort((a, b) => a - b));
        for (let i = 1; i < refs.length; i++) expect(rowsOf([refs[i]])[0]).toBeGreaterThan(rowsOf([refs[i - 1]]).pop()! + 1);
        runs += 1;
      }),
    );
    expect(runs).toBe(100);
    expect(columnReferences(4, [6, 7, 8, 11])).toEqual(["E7:E9", "E12"]);
  });

  it("keeps the engine's figure as the cached value; nothing to total, or no number, stays a value", () => {
    expect(sumOf({ value: 12.5, numberFormat: "#,##0" }, 2, [5, 6])).toEqual({ value: 12.5, numberFormat: "#,##0", formula: "SUM(C6:C7)" });
    expect(sumOf({ value: 12.5 }, 2, [])).toEqual({ value: 12.5 });
    expect(sumOf({ value: "Red" }, 2, [1])).toEqual({ value: "Red" });
    expect(sumOf({ value: null }, 2, [1])).toEqual({ value: null });
  });

  it("nests SUMs past Excel's 255 arguments", () => {
    const rows = Array.from({ length: 600 }, (_, i) => i * 2);
    const formula = sumOf({ value: 1 }, 0, rows).formula!;
    expect(formula.startsWith("SUM(SUM(A1,A3,")).toBe(true);
    expect(formula.match(/SUM\(/g)!.length).toBe(4);
    expect(rowsOf(formula.replace(/SUM\(|\)/g, "").split(","))).toEqual(rows);
  });

  it("goes to Office.js as runs of '=' formulas side by side in a row", () => {
    const model = { name: "QIPP Rollup", columnWidths: [], freezeRows: 0, rows: [[{ value: "England" }, { value: 1, formula: "SUM(B3)" }, { value: 2, formula: "SUM(C3)" }, { value: "x" }, { value: 3, formula: "SUM(E3)" }]] };
    expect(formulaRuns(model)).toEqual([{ row: 0, from: 1, formulas: ["=SUM(B3)", "=SUM(C3)"] }, { row: 0, from: 4, formulas: ["=SUM(E3)"] }]);
  });
});

describe("an organisation's link", () => {
  it("goes to the block of its schemes on the plan sheet, across the plan's columns", () => {
    const plan = { sheet: "Plan", headerRow: 5, columns: { schemeRef: "B", rag: "K" }, yearColumns: { "2011-12": "F", "2014-15": "I" }, forecastColumns: {} } as unknown as Plan;
    const schemes = [{ sheet: "Plan", row: 9 }, { sheet: "Plan", row: 7 }, { sheet: "Plan", row: 30 }] as Scheme[];
    expect(schemeRange(plan, schemes)).toBe("B7:K30");
    expect(schemeRange(plan, [])).toBe("B5:K5");
  });
});
