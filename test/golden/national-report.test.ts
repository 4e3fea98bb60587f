import { readFileSync } from "node:fs";
import { join } from "node:path";
import { generateNationalWorkbook } from "../../bench/generate";
import { rollupPlans, validateWorkbooks } from "../../src/core/pipeline";
import { toRollupJson } from "../../src/core/rollup";
import { XlsxWorkbook } from "../../src/host/exceljs/workbook";

/** The national report's table of SHA contributions (share of £17.4bn; saving as % of the 2011-12 budget). */
const published = readFileSync(join(__dirname, "../fixtures/national-report-shas.csv"), "utf8")
  .trim()
  .split("\n")
  .slice(1)
  .map((line) => {
    const cells = line.split(",");
    return { code: cells[0], name: cells[1], share: Number(cells[3]), ofBudget: Number(cells[4]) };
  });
const TOTAL_PENCE = 17_400_000 * 100_000; // £17.4bn in pence

describe.each(["cluster", "sha"] as const)("a generated national workbook, one sheet per %s", (sheetPer) => {
  let json: ReturnType<typeof toRollupJson>;
  beforeAll(async () => {
    const shaTotalsPence = Object.fromEntries(published.map((p) => [p.code, Math.round((TOTAL_PENCE * p.share) / 100)]));
    const generated = await generateNationalWorkbook({ schemes: 1500, seed: 7, messyShare: 0, sheetPer, shaTotalsPence });
    const book = await XlsxWorkbook.fromBuffer("england.xlsx", generated.buffer);
    const validation = validateWorkbooks([{ name: "england.xlsx", sheets: await book.readSheets() }]);
    json = toRollupJson(rollupPlans(validation), validation.packInfo);
  }, 60_000);

  it("adds up to £17.4bn", () => {
    expect(json.national.savings.total).toBe(17_400_000);
  });

  it.each(published.map((p) => [p.name, p] as const))("gives %s its published share of the total and of its budget", (_name, p) => {
    const sha = json.shas.find((s) => s.code === p.code)!;
    expect(Number(sha.shareOfNational!.toFixed(1))).toBe(p.share);
    expect(Number(sha.shareOfBudget!.toFixed(1))).toBe(p.ofBudget);
  });
});
