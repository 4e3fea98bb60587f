import fc from "fast-check";
import { cellAt } from "../../src/core/grid";
import { OUTPUT_MARKER, type OutputCell, type OutputSheet } from "../../src/core/report/model";
import { addSheetsToPackage } from "../../src/host/files/add-sheets";
import { nodeCodec } from "../../src/host/files/node-codec";
import { readOoxml } from "../../src/host/files/ooxml-read";
import { readSpreadsheet } from "../../src/host/files/read";
import { ZipPackage } from "../../src/host/files/zip-read";
import { packageOf, planRows } from "./hostile-files";

const value = fc.oneof(
  fc.string({ unit: "binary", minLength: 1, maxLength: 30 }),
  fc.constantFrom("=HYPERLINK(\"http://x\")", "_x0041_", "a & b <c>", "+1", "@lead", " spaced "),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.integer(),
  fc.boolean(),
);

const model = fc.array(fc.array(fc.option(value, { nil: null }), { maxLength: 8 }), { maxLength: 20 }).map((rows): OutputSheet => ({
  name: "QIPP Validation",
  rows: [[{ value: "QIPP Validation" }], [{ value: `${OUTPUT_MARKER} · test` }], ...rows.map((r) => r.map((v): OutputCell => ({ value: v })))],
  columnWidths: [12, 20],
  freezeRows: 2,
}));

describe("the package writer and the sheet reader", () => {
  it("read back every value written (text stays text, numbers exact), and leave the user's sheet as it was", async () => {
    const original = packageOf([{ name: "Arden", sheetData: planRows() }]);
    const before = await readSpreadsheet("plan.xlsx", original);
    await fc.assert(
      fc.asyncProperty(model, async (sheet) => {
        const { bytes } = addSheetsToPackage(original, [sheet], nodeCodec);
        const read = readOoxml(new ZipPackage(bytes, nodeCodec));
        expect(read.sheets.map((s) => s.name)).toEqual(["Arden", "QIPP Validation"]);
        expect(read.sheets[0]).toEqual(before.sheets[0]);
        const grid = read.sheets[1];
        sheet.rows.forEach((row, r) =>
          row.forEach((cell, c) => {
            const expected = cell.value === "" ? null : typeof cell.value === "number" && Object.is(cell.value, -0) ? 0 : cell.value;
            expect({ r, c, v: cellAt(grid, r, c) }).toEqual({ r, c, v: expected });
          }),
        );
      }),
      { numRuns: 150 },
    );
  });
});

describe("CSV text", () => {
  it("is read as UTF-8 (with or without a BOM) or else Windows-1252, and never turned into dates or formulas", async () => {
    const utf8 = new TextEncoder().encode("\uFEFFName,Amount,When\nCafé £,\"£1,234\",01/04/2011\n=SUM(1),(150),-\n");
    const cp1252 = Uint8Array.from([...Buffer.from("Name,Amount\nCaf", "latin1"), 0xe9, 0x20, 0xa3, ...Buffer.from(",\"", "latin1"), 0xa3, ...Buffer.from("1,234\"\n", "latin1")]);
    expect((await readSpreadsheet("a.csv", utf8)).sheets[0].values).toEqual([["Name", "Amount", "When"], ["Café £", "£1,234", "01/04/2011"], ["=SUM(1)", "(150)", "-"]]);
    expect((await readSpreadsheet("b.csv", cp1252)).sheets[0].values).toEqual([["Name", "Amount"], ["Café £", "£1,234"]]);
  });
});
