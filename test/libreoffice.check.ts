import ExcelJS from "exceljs";
import { recalcWithLibreOffice } from "./support/libreoffice";
import { rollupPlans, validateWorkbooks } from "../src/core/pipeline";
import { XlsxWorkbook } from "../src/host/exceljs/workbook";
import { libreOfficeRollup, sumifsSourceOf } from "./support/sumifs";
import { makeSchemes, planSheetRows, writeWorkbook, YEARS } from "./support/workbooks";

jest.setTimeout(180_000);

async function cachedC1(xlsx: Buffer): Promise<ExcelJS.CellValue> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(xlsx as unknown as ExcelJS.Buffer);
  return wb.getWorksheet("Sheet1")!.getCell("C1").value;
}

async function workbookWithWrongCachedSum(): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet("Sheet1").addRow([1.5, 2.25, { formula: "SUM(A1:B1)", result: 999 }]);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

describe("LibreOffice recalculation", () => {
  it("recalculates a formula whose cached result is wrong", async () => {
    const out = await recalcWithLibreOffice(await workbookWithWrongCachedSum());
    expect(await cachedC1(out)).toEqual({ formula: "SUM(A1:B1)", result: 3.75 });
  });

  it("keeps the wrong cached result when told not to recalculate (so the profile setting is what matters)", async () => {
    const out = await recalcWithLibreOffice(await workbookWithWrongCachedSum(), { recalculate: false });
    expect(await cachedC1(out)).toEqual({ formula: "SUM(A1:B1)", result: 999 });
  });

  it("computes an organisation x year SUMIFS rollup equal to the builders' expectations and to the add-in's rollup", async () => {
    const single = planSheetRows(makeSchemes({ organisation: "Arden", count: 15, seed: 11 }), {
      titleRows: ["NHS Arden", "QIPP plan"], unit: "£m", sectionRows: true, totalRow: "correct", totalColumn: true,
    });
    const multi = planSheetRows(
      [...makeSchemes({ organisation: "Black Country", count: 8, seed: 12 }), ...makeSchemes({ organisation: "Staffordshire", count: 9, seed: 13 })],
      { organisationColumn: true, shaColumn: true, totalRow: "correct", shuffleColumns: 4, headerStyle: "fy" },
    );
    const xlsx = await writeWorkbook([{ name: "Arden's plan", rows: single.rows }, { name: "Two clusters", rows: multi.rows }]);
    const sources = [sumifsSourceOf("Arden's plan", single.expected), sumifsSourceOf("Two clusters", multi.expected)];
    const organisations = ["Arden", "Black Country", "Staffordshire"];
    const computed = await libreOfficeRollup(xlsx, sources, organisations, [...YEARS]);
    const expected = { ...single.expected.totalsByOrganisation, ...multi.expected.totalsByOrganisation };
    const book = await XlsxWorkbook.fromBuffer("two.xlsx", xlsx);
    const ours = rollupPlans(validateWorkbooks([{ name: "two.xlsx", sheets: await book.readSheets() }]));
    for (const org of organisations) {
      const mine = ours.organisations.find((o) => o.name === org)!;
      for (const year of YEARS) {
        expect(Math.round(computed[org][year] * 100_000)).toBe(expected[org][year]);
        expect(mine.savings[year]).toBe(Math.round(computed[org][year] * 100_000));
      }
    }
  });
});
