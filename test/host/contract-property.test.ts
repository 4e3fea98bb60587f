import ExcelJS from "exceljs";
import fc from "fast-check";
import { OUTPUT_MARKER, type OutputCell } from "../../src/core/report/model";
import { hosts } from "./hosts";
import { createNodeFakeExcel } from "../../src/host/fake-excel/node";
import { EXCEL_LARGEST_NUMBER, excelNumber } from "../../src/host/fake-excel/model/excel-number";

const RUNS = 60;

const risky = fc.constantFrom("=1+1", '=HYPERLINK("http://x")', "+44 113", "-x", "@SUM(A1)", "#REF!", "00123", "TRUE", "1/4/2012", "1e5", " ", "€ £ 🙂 naïve");
// Within Excel's range (https://support.microsoft.com/office/excel-specifications-and-limits-1672b34d-7043-467e-8e27-269d656771c3).
const cellValue = fc.oneof(
  fc.string({ maxLength: 300, unit: "grapheme" }),
  risky,
  fc.integer(),
  fc.double({ noNaN: true, noDefaultInfinity: true, min: -EXCEL_LARGEST_NUMBER, max: EXCEL_LARGEST_NUMBER }).filter((n) => !Object.is(n, -0)),
  fc.boolean(),
  fc.constant(null),
);

describe.each(hosts)("written values read back unchanged: %s", (_name, make) => {
  it("any value written to an output sheet reads back as the same value (text stays text; Excel keeps 15 digits)", async () => {
    let checked = 0;
    await fc.assert(
      fc.asyncProperty(fc.array(fc.array(cellValue, { minLength: 1, maxLength: 6 }), { minLength: 1, maxLength: 12 }), async (rows) => {
        const wb = new ExcelJS.Workbook();
        wb.addWorksheet("User").getCell("A1").value = "kept";
        const host = make(wb);
        const width = Math.max(...rows.map((r) => r.length));
        const body: OutputCell[][] = rows.map((r) => r.map((value) => ({ value })));
        await host.port.writeSheets([{ name: "QIPP Validation", rows: [[{ value: "T" }], [{ value: OUTPUT_MARKER }], ...body], columnWidths: [], freezeRows: 0 }]);
        const [grid] = await host.port.readSheets(["QIPP Validation"]);
        // Excel rounds a number to 15 significant digits; a file keeps the double (Excel rounds it when it opens the file).
        const stored = (v: unknown) => (host.emulator && typeof v === "number" ? excelNumber(v) : v);
        const expected = rows.map((r) => Array.from({ length: width }, (_, c) => (r[c] === "" || r[c] === undefined ? null : stored(r[c]))));
        const got = Array.from({ length: rows.length }, (_, i) => Array.from({ length: width }, (_, c) => grid.values[i + 2 - grid.top]?.[c - grid.left] ?? null));
        expect(grid.top).toBe(0);
        expect(got).toEqual(expected);
        expect(wb.getWorksheet("User")!.getCell("A1").value).toBe("kept");
        checked++;
      }),
      { numRuns: RUNS },
    );
    expect(checked).toBeGreaterThanOrEqual(RUNS);
  });
});

describe("the fake host's numbers", () => {
  it("Excel keeps 15 significant digits and refuses numbers beyond ±9.99999999999999E+307", async () => {
    expect(excelNumber(0.1 + 0.2)).toBe(0.3);
    expect(excelNumber(1234567890.1234567)).toBe(1234567890.12346);
    expect(excelNumber(1e-320)).toBe(0);
    expect(() => excelNumber(1.7976931348623157e308)).toThrow(/9.99999999999999E\+307/);
    const wb = new ExcelJS.Workbook();
    const em = createNodeFakeExcel(wb);
    const written = em.run(async (context) => {
      context.workbook.worksheets.add("N").getRange("A1:B1").values = [[1e308, 0.1 + 0.2]];
      await context.sync();
    });
    await expect(written).rejects.toMatchObject({ code: "InvalidArgument" });
  });
});
