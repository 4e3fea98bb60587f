import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { generateNationalWorkbook } from "../../bench/generate";
import { EMULATED_EXCEL_MEASURE } from "../../src/host/fake-excel";
import { SHEET_VIEW_MEASURE } from "../../src/preview/sheet-snapshot";
import { PREVIEW_OPEN_MEASURE } from "../../src/preview/open-measure";
import { openPreviewPage, RESULTS, type PreviewPage } from "./preview-page";

// The pane's longest blocking task at 30,000 schemes, by the browser's Long Tasks API
// (https://developer.mozilla.org/en-US/docs/Web/API/PerformanceLongTaskTiming): printed and saved to
// test-results/long-tasks.json, not asserted (no timed assertions in tests; the README quotes it).
const PORT = Number(process.env.E2E_PORT ?? 3921);
const SCHEMES = Number(process.env.LONG_TASK_SCHEMES ?? 30_000);

let preview: PreviewPage;
let page: Page;
const pane = () => page.getByTestId("task-pane");

beforeAll(async () => {
  preview = await openPreviewPage(PORT);
  page = preview.page;
  await pane().getByRole("tab", { name: "Plans" }).waitFor();
});

afterAll(async () => {
  await preview?.close();
});

interface LongTasks {
  count: number;
  /** The longest task, in ms, the emulated Excel's work included. */
  longestMs: number;
  /** The longest task less the emulated Excel's work, the preview's sheet view and ExcelJS opening the file in it: what would block the pane inside Excel, which does that work in its own process. */
  longestPaneMs: number;
}

/** Long tasks (over 50 ms) from now until `done` resolves. */
async function longTasksDuring(done: () => Promise<unknown>): Promise<LongTasks> {
  await page.evaluate(() => {
    const w = window as unknown as { longTasks: { start: number; end: number }[]; longTaskObserver?: PerformanceObserver };
    w.longTaskObserver?.disconnect();
    w.longTasks = [];
    performance.clearMeasures();
    w.longTaskObserver = new PerformanceObserver((list) => w.longTasks.push(...list.getEntries().map((e) => ({ start: e.startTime, end: e.startTime + e.duration }))));
    w.longTaskObserver.observe({ type: "longtask" });
  });
  await done();
  // Entries reach the observer after their task: give it a frame to report the last one.
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 100))));
  return page.evaluate((measures) => {
    const tasks = (window as unknown as { longTasks: { start: number; end: number }[] }).longTasks;
    const emulated = measures.flatMap((name) => performance.getEntriesByName(name, "measure")).map((m) => ({ start: m.startTime, end: m.startTime + m.duration }));
    const overlap = (t: { start: number; end: number }) => emulated.reduce((ms, e) => ms + Math.max(0, Math.min(t.end, e.end) - Math.max(t.start, e.start)), 0);
    return {
      count: tasks.length,
      longestMs: Math.round(Math.max(0, ...tasks.map((t) => t.end - t.start))),
      longestPaneMs: Math.round(Math.max(0, ...tasks.map((t) => t.end - t.start - overlap(t)))),
    };
  }, [EMULATED_EXCEL_MEASURE, SHEET_VIEW_MEASURE, PREVIEW_OPEN_MEASURE]);
}

test(`Validate and Build rollups at ${SCHEMES.toLocaleString("en-GB")} schemes: the longest task that blocks the pane`, async () => {
  const generated = await generateNationalWorkbook({ schemes: SCHEMES, seed: 7, messyShare: 0.05 });
  const name = `national-${SCHEMES}.xlsx`;
  // Given as a file on disk: a buffer would be copied into the page by Playwright's own script, a long task of its own.
  const file = join(mkdtempSync(join(tmpdir(), "qipp-long-tasks-")), name);
  writeFileSync(file, generated.buffer);
  const open = await longTasksDuring(async () => {
    await page.getByTestId("open-workbook-input").setInputFiles(file);
    await page.getByTestId("preview-file").filter({ hasText: name }).waitFor({ timeout: 200_000 });
    await page.getByTestId("plans-table").waitFor({ timeout: 200_000 });
  });
  await pane().getByRole("tab", { name: "Validate" }).click();
  const validate = await longTasksDuring(async () => {
    await pane().getByRole("button", { name: "Validate", exact: true }).click();
    await pane().getByTestId("validate-summary").waitFor({ timeout: 200_000 });
  });
  await pane().getByRole("tab", { name: "Rollup" }).click();
  const build = await longTasksDuring(async () => {
    await pane().getByRole("button", { name: "Build rollups" }).click();
    await page.getByTestId("rollup-done").waitFor({ timeout: 200_000 });
  });
  const figures = { schemes: generated.schemeCount, open, validate, build };
  writeFileSync(join(RESULTS, "long-tasks.json"), JSON.stringify(figures, null, 2));
  const line = (t: LongTasks) => `${t.longestMs} (pane's own ${t.longestPaneMs}, ${t.count} over 50 ms)`;
  console.log(`Longest task at ${SCHEMES} schemes, in ms: open ${line(open)}; Validate ${line(validate)}; Build rollups ${line(build)}`);
  // The runs finished and the observer saw the page (opening a workbook this size always has a long task).
  expect(generated.schemeCount).toBe(SCHEMES);
  expect(open.count).toBeGreaterThan(0);
  expect(await page.getByTestId("england-total").textContent()).toMatch(/\d/);
  expect(preview.pageErrors).toEqual([]);
}, 900_000);
