import { generateNationalWorkbook } from "../../bench/generate";
import { buildOutputSheets, buildOutputSheetsSteps, rollupPlans, rollupPlansSteps, validateWorkbooks, validateWorkbooksSteps } from "../../src/core/pipeline";
import { runSteps, runStepsPaused, type Steps } from "../../src/core/steps";
import type { WorkbookGrids } from "../../src/core/grid";
import { createQippService } from "../../src/app/service";
import { XlsxWorkbook } from "../../src/host/exceljs/workbook";

/** Steps taken before the result. */
function countSteps<T>(steps: Steps<T>): { steps: number; value: T } {
  let count = 0;
  let next = steps.next();
  while (!next.done) {
    count++;
    next = steps.next();
  }
  return { steps: count, value: next.value };
}

describe("the engine in steps (so the pane can pause between them)", () => {
  let book: WorkbookGrids;
  let buffer: Buffer;
  beforeAll(async () => {
    const generated = await generateNationalWorkbook({ schemes: 600, seed: 11, messyShare: 0.1 });
    buffer = generated.buffer;
    const xlsx = await XlsxWorkbook.fromBuffer("england.xlsx", buffer);
    book = { name: "england.xlsx", sheets: await xlsx.readSheets() };
  }, 60_000);
  const generatedAt = new Date(Date.UTC(2012, 0, 1));

  it("yields at least once per sheet read and per plan checked, and gives the same result as the one-go run", () => {
    const stepped = countSteps(validateWorkbooksSteps([book]));
    const plans = stepped.value.plans.length;
    expect(book.sheets.length).toBeGreaterThan(40);
    expect(plans).toBeGreaterThan(40);
    expect(stepped.steps).toBeGreaterThanOrEqual(book.sheets.length + plans);
    expect(stepped.value).toEqual(validateWorkbooks([book]));
  });

  it("yields once per organisation rolled up and per output sheet built, with the same figures", () => {
    const validation = validateWorkbooks([book]);
    const rolled = countSteps(rollupPlansSteps(validation));
    expect(rolled.steps).toBeGreaterThanOrEqual(rolled.value.organisations.length);
    expect(rolled.value).toEqual(rollupPlans(validation));
    const built = countSteps(buildOutputSheetsSteps(validation, rolled.value, { generatedAt }));
    expect(built.steps).toBeGreaterThanOrEqual(built.value.length - 1);
    expect(built.value).toEqual(buildOutputSheets(validation, rolled.value, { generatedAt }));
  });

  it("pauses only when the time budget has passed since the last pause", async () => {
    function* five(): Steps<string> {
      for (let i = 0; i < 5; i++) yield;
      return "done";
    }
    let clock = 0;
    let pauses = 0;
    const pause = async () => void pauses++;
    expect(await runStepsPaused(five(), pause, 40, () => (clock += 25))).toBe("done");
    expect(pauses).toBe(2); // the clock moves 25 ms a reading: a pause every second step of five
    expect(runSteps(five())).toBe("done");
  });

  it("lets the pane's Build rollups hand the thread back between steps, with the same outputs", async () => {
    let pauses = 0;
    const yieldToHost = () => new Promise<void>((resolve) => setImmediate(() => (pauses++, resolve())));
    const paused = createQippService(await XlsxWorkbook.fromBuffer("england.xlsx", buffer), { now: () => generatedAt, yieldToHost, stepBudgetMs: 0 });
    const oneGo = createQippService(await XlsxWorkbook.fromBuffer("england.xlsx", buffer), { now: () => generatedAt });
    const [a, b] = [await paused.buildRollups(), await oneGo.buildRollups()];
    if (!a.ok || !b.ok) throw new Error("Build rollups failed");
    expect(pauses).toBeGreaterThanOrEqual(book.sheets.length + a.value.plans.length);
    expect(a.value.rollup).toEqual(b.value.rollup);
    expect(a.value.summary).toEqual(b.value.summary);
  }, 60_000);
});
