import type ExcelJS from "exceljs";
import { expectOk, officeService, planBook, schemeRow, smallPlans } from "./books";

jest.setTimeout(300_000);

const MB = 1024 * 1024;
const PAYLOAD_LIMIT = 5 * MB;
const RSS_BOUND = 1536 * MB;

/** Validate through the service on the emulator: the plans it found, the largest response, how far RSS rose. */
async function validateOnEmulator(wb: ExcelJS.Workbook) {
  const rss0 = process.memoryUsage().rss;
  let peak = rss0;
  const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 20);
  try {
    const { service, emulator } = officeService(wb);
    const outcome = await expectOk(service.validate());
    peak = Math.max(peak, process.memoryUsage().rss);
    return { outcome, stats: { ...emulator.stats }, rssGrowth: peak - rss0 };
  } finally {
    clearInterval(sampler);
  }
}

const schemeCount = (outcome: { plans: { schemes: number }[] }) => outcome.plans.reduce((n, p) => n + p.schemes, 0);

describe("huge used ranges are read within the payload limit and bounded memory", () => {
  it("a plan sheet whose used range reaches row 1,048,576 through one stray cell", async () => {
    const wb = smallPlans();
    wb.getWorksheet("Tees")!.getCell("A1048576").value = "end of sheet";
    const { outcome, stats, rssGrowth } = await validateOnEmulator(wb);
    expect(outcome.plans.map((p) => [p.organisation, p.schemes])).toEqual([["Tees", 2], ["North of Tyne", 1]]);
    expect(stats.maxResponseBytes).toBeLessThan(PAYLOAD_LIMIT);
    expect(stats.maxRequestBytes).toBeLessThan(PAYLOAD_LIMIT);
    expect(rssGrowth).toBeLessThan(RSS_BOUND);
  });

  it("a plan sheet 16,384 columns wide (a note in XFD)", async () => {
    const wb = smallPlans();
    wb.getWorksheet("North of Tyne")!.getCell(2, 16_384).value = "far right note";
    const { outcome, stats, rssGrowth } = await validateOnEmulator(wb);
    expect(outcome.plans.map((p) => [p.organisation, p.schemes])).toEqual([["Tees", 2], ["North of Tyne", 1]]);
    expect(stats.maxResponseBytes).toBeLessThan(PAYLOAD_LIMIT);
    expect(rssGrowth).toBeLessThan(RSS_BOUND);
  });

  it("a workbook of 200 plan sheets", async () => {
    const sheets = Array.from({ length: 200 }, (_, i) => ({
      name: `Plan ${i + 1}`,
      // 200 organisations: one organisation on 200 sheets would be a plan given twice, counted once.
      organisation: `Trust ${i + 1}`,
      rows: Array.from({ length: 25 }, (_, s) => schemeRow(`P${i}-${s}`, `Scheme ${s}`, [s, 2 * s, 3 * s, 4 * s])),
    }));
    const { outcome, stats, rssGrowth } = await validateOnEmulator(planBook(sheets));
    expect(outcome.plans).toHaveLength(200);
    expect(schemeCount(outcome)).toBe(200 * 25);
    expect(stats.maxResponseBytes).toBeLessThan(PAYLOAD_LIMIT);
    expect(rssGrowth).toBeLessThan(RSS_BOUND);
  });
});
