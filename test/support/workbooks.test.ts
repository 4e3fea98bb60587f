import ExcelJS from "exceljs";
import fc from "fast-check";
import { parseA1 } from "../../src/core/grid";
import { parseMoney, type Unit } from "../../src/core/money";
import { moneyText } from "./money-text";
import { POINTS_OF_DELIVERY } from "./pack-data";
import type { PlanLayout } from "./plan-layout";
import { coverSheet, makeSchemes, notesSheet, planSheetRows, prng, toGridValues, writeWorkbook, YEARS } from "./workbooks";

const MESSY: PlanLayout = {
  titleRows: ["NHS Birmingham and Solihull", "QIPP plan 2011-12 to 2014-15", "£000"],
  orgLabel: "Organisation:", orgLabelGap: 3, headerStyle: "short-years", unit: "£m", textNumbers: true,
  sectionRows: true, totalRow: "wrong", totalColumn: true, forecastColumn: true, errorCells: true, badValues: true,
  blankRows: true, shuffleColumns: 7, extraColumns: ["Directorate"], plannedBudget: 1_500_000, overallRag: "Amber", leftColumn: 1,
};

const layoutArb: fc.Arbitrary<PlanLayout> = fc.record(
  {
    titleRows: fc.constantFrom(["QIPP plan"], ["NHS Arden", "QIPP plan 2011-12 to 2014-15", "£000"]),
    orgLabel: fc.constantFrom("Organisation:", "PCT cluster", "Cluster name"),
    orgLabelGap: fc.integer({ min: 1, max: 4 }),
    organisationColumn: fc.boolean(),
    shaColumn: fc.boolean(),
    headerStyle: fc.constantFrom("canonical", "aliases", "short-years", "long-years", "fy", "savings-label"),
    shuffleColumns: fc.integer({ min: 0, max: 1000 }),
    unit: fc.constantFrom("£000", "£m", "£"),
    unitIn: fc.constantFrom("title", "header"),
    textNumbers: fc.boolean(),
    sectionRows: fc.boolean(),
    totalRow: fc.constantFrom("correct", "wrong"),
    totalColumn: fc.boolean(),
    forecastColumn: fc.boolean(),
    errorCells: fc.boolean(),
    badValues: fc.boolean(),
    blankRows: fc.boolean(),
    leftColumn: fc.integer({ min: 0, max: 3 }),
    seed: fc.integer({ min: 0, max: 1000 }),
  },
  { requiredKeys: [] },
) as fc.Arbitrary<PlanLayout>;

const unitOf = (u: string): Unit => u as Unit;

describe("makeSchemes", () => {
  it("is deterministic for a seed", () => {
    expect(makeSchemes({ organisation: "Arden", count: 20, seed: 5 })).toEqual(makeSchemes({ organisation: "Arden", count: 20, seed: 5 }));
    expect(makeSchemes({ organisation: "Arden", count: 20, seed: 5 })).not.toEqual(makeSchemes({ organisation: "Arden", count: 20, seed: 6 }));
  });

  it("hits an exact total and keeps unit savings inside the pack's bounds", () => {
    const schemes = makeSchemes({ organisation: "Tees", count: 60, seed: 9, totalPence: 85_260_000_000 });
    expect(schemes.flatMap((s) => s.savingsPence).reduce((a, b) => a + b, 0)).toBe(85_260_000_000);
    for (const s of schemes.filter((x) => x.activityChange !== null)) {
      const pod = POINTS_OF_DELIVERY.find((p) => p.name === s.pointOfDelivery || p.aliases.includes(s.pointOfDelivery))!;
      const unitSaving = Math.max(...s.savingsPence) / 100 / Math.abs(s.activityChange!);
      expect(unitSaving).toBeGreaterThanOrEqual(pod.minUnitSaving!);
      expect(unitSaving).toBeLessThanOrEqual(pod.maxUnitSaving!);
    }
  });
});

describe("planSheetRows", () => {
  it("expects the schemes' own totals on a clean sheet, with no bad cells", () => {
    const schemes = makeSchemes({ organisation: "Arden", count: 30, seed: 2 });
    const { expected } = planSheetRows(schemes);
    expect(expected.headerRow).toBe(1);
    expect(expected.badCells).toEqual([]);
    YEARS.forEach((y, i) => expect(expected.totalsByYear[y]).toBe(schemes.reduce((t, s) => t + s.savingsPence[i], 0)));
  });

  it("states figures that parse back to the expected totals, for any layout", () => {
    fc.assert(
      fc.property(layoutArb, fc.integer({ min: 1, max: 25 }), (layout, count) => {
        const schemes = makeSchemes({ organisation: "West Mercia", count, seed: count });
        const { rows, expected } = planSheetRows(schemes, layout);
        const grid = toGridValues(rows);
        for (const year of YEARS) {
          const col = parseA1(`${expected.yearColumns[year]}1`)!.col;
          let pence = 0;
          for (const r of expected.schemeRows) {
            const parsed = parseMoney(grid[r - 1][col], unitOf(expected.unit));
            if (parsed.kind === "number") pence += parsed.pence;
          }
          expect(pence).toBe(expected.totalsByYear[year]);
        }
        const rowsWithMeaning = new Set([...expected.schemeRows, ...expected.declaredTotals.map((t) => t.row)]);
        for (const bad of expected.badCells) expect(rowsWithMeaning.has(parseA1(bad.cell)!.row + 1)).toBe(true);
      }),
      { numRuns: 150 },
    );
  });

  it("writes money text (whole pounds in any unit) that parses to the same figure", () => {
    const rng = prng(1);
    fc.assert(
      fc.property(fc.integer({ min: -100_000_000, max: 100_000_000 }), fc.constantFrom(100_000, 100_000_000, 100), (pounds, perUnit) => {
        const pence = pounds * 100;
        const text = moneyText(pence / perUnit, rng);
        const parsed = parseMoney(text, perUnit === 100_000 ? "thousands" : perUnit === 100 ? "pounds" : "millions");
        expect(parsed).toEqual(pence === 0 ? { kind: "empty" } : { kind: "number", pence });
      }),
    );
  });
});

describe("writeWorkbook", () => {
  it("writes the messy sheet so ExcelJS reads the header, merges, formulas and errors where expected", async () => {
    const { rows, merges, expected } = planSheetRows(makeSchemes({ organisation: "Birmingham and Solihull", count: 40, seed: 4 }), MESSY);
    const xlsx = await writeWorkbook([coverSheet({ organisation: "Birmingham and Solihull", plannedBudget: 1_500_000 }), { name: "Plan", rows, merges }, notesSheet()]);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(xlsx as unknown as ExcelJS.Buffer);
    expect(wb.worksheets.map((w) => w.name)).toEqual(["Cover", "Plan", "Notes"]);
    const ws = wb.getWorksheet("Plan")!;
    expect(expected.headerRow).toBe(8);
    expect(ws.getCell(`${expected.columns.schemeRef}${expected.headerRow}`).value).toBe("Ref");
    expect(ws.getCell(`${expected.yearColumns["2011-12"]}${expected.headerRow}`).value).toBe("11/12");
    expect(ws.getCell("B1").isMerged).toBe(true);
    expect(ws.getCell("B3").value).toBe("£m");
    const total = ws.getCell(`${expected.columns.total}${expected.schemeRows[0]}`).value;
    expect(typeof total === "number" || (typeof total === "object" && total !== null && "formula" in total)).toBe(true);
    const errorCell = expected.badCells.find((b) => b.rule === "error-value")!;
    expect(ws.getCell(errorCell.cell).value).toEqual({ error: expect.stringMatching(/^#/) });
    expect(expected.badCells.map((b) => b.rule).sort()).toEqual([
      "code-list", "code-list", "declared-total-mismatch", "declared-total-mismatch", "duplicate-ref",
      "error-value", "error-value", "negative-saving", "not-a-number", "total-mismatch",
    ]);
  });
});
