import { printRollup } from "../../src/cli/print";
import { buildOutputSheets, rollupPlans, validateWorkbooks } from "../../src/core/pipeline";
import { isAddinSheet } from "../../src/core/report";
import type { OutputCell } from "../../src/core/report/model";
import { ardenM6, berkshireAsAt, hampshireSep } from "../support/in-year-returns";

const validation = validateWorkbooks([ardenM6, berkshireAsAt, hampshireSep]);
const sheets = buildOutputSheets(validation, rollupPlans(validation), { generatedAt: new Date(Date.UTC(2011, 9, 10, 9)) });
const sheet = sheets.find((s) => s.name === "QIPP Delivery")!;
const values = (r: OutputCell[]) => r.map((c) => c.value);
const header = sheet.rows[sheet.freezeRows - 1].map((c) => c.value as string);
const col = (name: string) => header.indexOf(name);
const rowNamed = (name: string) => sheet.rows.find((r) => r[1]?.value === name)!;

describe("the QIPP Delivery sheet", () => {
  it("is one of the add-in's sheets, with title, marker, period in words and a frozen header", () => {
    expect(sheets.map((s) => s.name)).toContain("QIPP Delivery");
    expect(sheet.rows[0][0]).toMatchObject({ value: "QIPP Delivery: England, Month 6 2011-12 (to 30 September 2011)", bold: true });
    expect(isAddinSheet(sheet.rows[1][0].value)).toBe(true);
    expect(sheet.rows[3][0].value).toBe("Reporting period: Month 6 2011-12 (to 30 September 2011); Month 5 2011-12 (to 31 August 2011)");
    expect(header.slice(0, 7)).toEqual(["Level", "Name", "Period to", "YTD plan", "YTD actual", "Variance", "Delivered %"]);
  });

  it("shows England's delivery to date, activity, overdue milestones and challenge in £000", () => {
    const england = rowNamed("England");
    // YTD 3,050 planned, 2,189.1 delivered (test/in-year/returns.test.ts works these out)
    expect(values(england).slice(2, 6)).toEqual(["30 September 2011", 3050, 2189.1, -860.9]);
    expect(england[col("Non-elective activity planned")].value).toBe(-3000);
    expect(england[col("Non-elective activity actual")].value).toBe(-1530);
    expect(england[col("Milestones overdue")]).toMatchObject({ value: 3, fill: "FFC7CE" });
    expect(england[col("Amber/Green £000")].value).toBe(11200);
    expect(values(england).slice(col("Challenge"), col("Challenge") + 2)).toEqual([16_400_000, 21_200]);
    expect(rowNamed("Berkshire")[col("Period to")].value).toBe("31 August 2011");
  });

  it("lists each scheme with in-year figures, linked to its YTD actual and milestone cells", () => {
    const ar1 = sheet.rows.find((r) => r[1]?.value === "AR1")!;
    expect(values(ar1).slice(0, 13)).toEqual(["Arden", "AR1", "Admission avoidance", 500, 300, 60, -1200, -350, "Community beds open", "31 July 2011", "In progress", "Yes", "Amber/Green"]);
    // Links only into the open workbook (the first source): arden-m6.xlsx
    expect(ar1.slice(-2)).toEqual([{ value: "K4", link: { sheet: "Arden", cell: "K4" } }, { value: "O4", link: { sheet: "Arden", cell: "O4" } }]);
    const bk1 = sheet.rows.find((r) => r[1]?.value === "BK1")!;
    expect(bk1.slice(-2)).toEqual([{ value: "K5" }, { value: "O5" }]);
    // A due date that is not a date shows as typed
    expect(sheet.rows.find((r) => r[1]?.value === "AR3")![9].value).toBe("soon");
  });
});

describe("qipp rollup's table", () => {
  it("ends with England's delivery to date in words", () => {
    expect(printRollup(rollupPlans(validation)).split("\n").pop()).toBe("Delivered to date (to 30 September 2011): £2,189k of £3,050k (71%); 3 milestones overdue");
  });
});
