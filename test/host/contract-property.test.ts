import ExcelJS from "exceljs";
import fc from "fast-check";
import { OUTPUT_MARKER, type OutputCell } from "../../src/core/report/model";
import { hosts } from "./hosts";

const risky = fc.constantFrom("=1+1", '=HYPERLINK("http://x")', "+44 113", "-x", "@SUM(A1)", "#REF!", "00123", "TRUE", "1/4/2012", "1e5", " ", "€ £ 🙂 naïve");
const cellValue = fc.oneof(
  fc.string({ maxLength: 300, unit: "grapheme" }),
  risky,
  fc.integer(),
  fc.double({ noNaN: true, noDefaultInfinity: true }).filter((n) => !Object.is(n, -0)),
  fc.boolean(),
  fc.constant(null),
);

describe.each(hosts)("written values read back unchanged: %s", (_name, make) => {
  it("any value written to an output sheet reads back as the same value (text stays text)", async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.array(cellValue, { minLength: 1, maxLength: 6 }), { minLength: 1, maxLength: 12 }), async (rows) => {
        const wb = new ExcelJS.Workbook();
        wb.addWorksheet("User").getCell("A1").value = "kept";
        const host = make(wb);
        const width = Math.max(...rows.map((r) => r.length));
        const body: OutputCell[][] = rows.map((r) => r.map((value) => ({ value })));
        await host.port.writeSheets([{ name: "QIPP Validation", rows: [[{ value: "T" }], [{ value: OUTPUT_MARKER }], ...body], columnWidths: [], freezeRows: 0 }]);
        const [grid] = await host.port.readSheets(["QIPP Validation"]);
        const expected = rows.map((r) => Array.from({ length: width }, (_, c) => (r[c] === "" || r[c] === undefined ? null : r[c])));
        const got = Array.from({ length: rows.length }, (_, i) => Array.from({ length: width }, (_, c) => grid.values[i + 2 - grid.top]?.[c - grid.left] ?? null));
        expect(grid.top).toBe(0);
        expect(got).toEqual(expected);
        expect(wb.getWorksheet("User")!.getCell("A1").value).toBe("kept");
      }),
      { numRuns: 60 },
    );
  });
});
