import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { rollupPlans, validateWorkbooks, type ValidationResult } from "../../src/core/pipeline";
import { XlsxWorkbook } from "../../src/host/exceljs/workbook";

/** Golden fixtures: each sample workbook beside the facts its generator wrote down independently of the reader. */
const FIXTURES = join(__dirname, "../fixtures");
const cases = readdirSync(FIXTURES).filter((f) => f.endsWith(".expected.json"));

interface Expected {
  headerRow: number;
  unit: string;
  schemeRows: number[];
  columns: Record<string, string>;
  yearColumns: Record<string, string>;
  totalsByYear: Record<string, number>;
  totalsByOrganisation: Record<string, Record<string, number>>;
  ragCount: Record<string, number>;
  badCells: { cell: string; rule: string }[];
}

describe.each(cases)("%s", (fixture) => {
  const spec = JSON.parse(readFileSync(join(FIXTURES, fixture), "utf8")) as { file: string; sheets: { name: string; expected: Expected }[] };
  let result: ValidationResult;
  beforeAll(async () => {
    const book = await XlsxWorkbook.fromBuffer(spec.file, readFileSync(join(__dirname, "../..", spec.file)));
    result = validateWorkbooks([{ name: spec.file, sheets: await book.readSheets() }]);
  });

  it.each(spec.sheets.map((s) => [s.name, s.expected] as const))("reads sheet %s as its generator laid it out", (name, expected) => {
    const plan = result.plans.find((p) => p.sheet === name)!;
    expect(plan).toBeDefined();
    expect(plan.headerRow).toBe(expected.headerRow);
    expect(plan.unit).toBe(expected.unit);
    expect(plan.schemes.map((s) => s.row)).toEqual(expected.schemeRows);
    expect(plan.columns).toMatchObject(expected.columns);
    expect(plan.yearColumns).toEqual(expected.yearColumns);
    const byYear = Object.fromEntries(Object.keys(expected.totalsByYear).map((y) => [y, plan.schemes.reduce((a, s) => a + (s.savings[y]?.value ?? 0), 0)]));
    expect(byYear).toEqual(expected.totalsByYear);
    const rag = { red: 0, amber: 0, green: 0, unrated: 0 };
    for (const s of plan.schemes) rag[s.rag]++;
    expect(rag).toEqual(expected.ragCount);
  });

  it.each(spec.sheets.map((s) => [s.name, s.expected] as const))("finds exactly the planted problems on sheet %s", (name, expected) => {
    const found = result.findings.filter((f) => f.sheet === name && f.severity !== "info").map((f) => `${f.cell} ${f.rule}`).sort();
    expect(found).toEqual(expected.badCells.map((b) => `${b.cell} ${b.rule}`).sort());
  });

  it("rolls each organisation up to the generator's totals, to the penny", () => {
    const expected: Record<string, Record<string, number>> = {};
    for (const sheet of spec.sheets) {
      for (const [org, years] of Object.entries(sheet.expected.totalsByOrganisation)) {
        expected[org] ??= {};
        for (const [y, p] of Object.entries(years)) expected[org][y] = (expected[org][y] ?? 0) + p;
      }
    }
    const rollup = rollupPlans(result);
    const got = Object.fromEntries(rollup.organisations.map((o) => [o.name, Object.fromEntries(rollup.years.map((y) => [y, o.savings[y]]))]));
    expect(got).toEqual(expected);
    const national = rollup.years.reduce((a, y) => a + rollup.national.savings[y], 0);
    expect(rollup.national.savings.total).toBe(national);
  });
});
