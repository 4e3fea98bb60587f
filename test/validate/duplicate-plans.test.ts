import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { WorkbookGrids } from "../../src/core/grid";
import { rollupPlans, validateWorkbooks } from "../../src/core/pipeline";
import { XlsxWorkbook } from "../../src/host/exceljs/workbook";

async function grids(file: string): Promise<WorkbookGrids> {
  const book = await XlsxWorkbook.fromBuffer(file, readFileSync(join(__dirname, "../../samples", file)));
  return { name: file, sheets: await book.readSheets() };
}

describe("a plan given twice (the workbook's Arden sheet and clean-plan.xlsx, also Arden)", () => {
  let sha: WorkbookGrids;
  let clean: WorkbookGrids;
  beforeAll(async () => {
    sha = await grids("sha-workbook.xlsx");
    clean = await grids("clean-plan.xlsx");
  });

  it("gives one duplicate-plan finding naming both sources, and no duplicate-ref flood", () => {
    const alone = validateWorkbooks([sha]);
    const both = validateWorkbooks([sha, clean]);
    const twice = both.findings.filter((f) => f.rule === "duplicate-plan");
    expect(twice).toHaveLength(1);
    expect(twice[0]).toMatchObject({ workbook: "clean-plan.xlsx", severity: "error" });
    expect(twice[0].message).toBe("Arden has a plan in sha-workbook.xlsx (sheet Arden) and again in clean-plan.xlsx (sheet QIPP plan): only the first is counted. Remove one of them.");
    expect(both.findings.filter((f) => f.rule === "duplicate-ref")).toEqual(alone.findings.filter((f) => f.rule === "duplicate-ref"));
    // The copy is not counted: the same plans, schemes and figures as the workbook alone.
    expect(both.summary.plans).toBe(alone.summary.plans);
    expect(both.summary.schemes).toBe(alone.summary.schemes);
    expect(rollupPlans(both).national.savings.total).toBe(rollupPlans(alone).national.savings.total);
    expect(rollupPlans(both).findings).toEqual([]);
  });

  it("counts the first source given: the added file first means it is the workbook's sheet that is set aside", () => {
    const reversed = validateWorkbooks([clean, sha]);
    const twice = reversed.findings.filter((f) => f.rule === "duplicate-plan");
    expect(twice.map((f) => [f.workbook, f.sheet])).toEqual([["sha-workbook.xlsx", "Arden"]]);
    expect(reversed.plans.filter((p) => p.organisation.matched === "Arden").map((p) => p.workbook)).toEqual(["clean-plan.xlsx"]);
  });
});
