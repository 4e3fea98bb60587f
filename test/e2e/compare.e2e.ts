import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { compareWorkbooks } from "../../src/core/compare-pipeline";
import { XlsxWorkbook } from "../../src/host/exceljs/workbook";
import { SAMPLES } from "./expected";
import { openPreviewPage, RESULTS, type PreviewPage } from "./preview-page";

const PORT = Number(process.env.E2E_PORT ?? 3918);
const EARLIER = join(SAMPLES, "sha-workbook-earlier.xlsx");

let preview: PreviewPage;
let page: Page;
const pane = () => page.getByTestId("task-pane");
const shot = (name: string) => page.screenshot({ path: join(RESULTS, `${name}.png`), fullPage: false });

/** What the pane must show, from the engine in node over the same two files. */
async function expectedComparison() {
  const read = async (path: string, name: string) => {
    const book = await XlsxWorkbook.fromBuffer(name, readFileSync(path));
    return { name, sheets: await book.readSheets() };
  };
  const { comparison } = compareWorkbooks([await read(EARLIER, "sha-workbook-earlier.xlsx")], [await read(join(SAMPLES, "sha-workbook.xlsx"), "sha-workbook.xlsx")]);
  const format = (pence: number) => new Intl.NumberFormat("en-GB", { maximumFractionDigits: 0 }).format(pence / 100_000);
  // The pane's first list holds the material exceptions; the smaller ones are one line under it.
  return { after: format(comparison.national.after), exceptions: comparison.exceptions.filter((e) => e.material).length, first: comparison.exceptions[0] };
}

beforeAll(async () => {
  preview = await openPreviewPage(PORT);
  page = preview.page;
});

afterAll(async () => {
  await preview?.close();
});

afterEach(() => {
  expect(preview.pageErrors).toEqual([]);
});

test("Compare with an earlier version shows the bridge, RAG migration and exceptions, and writes QIPP Changes", async () => {
  const expected = await expectedComparison();
  await page.getByTestId("plans-table").waitFor({ timeout: 60_000 });
  await pane().getByRole("tab", { name: "Compare" }).click();
  await pane().getByTestId("compare-file-input").setInputFiles(EARLIER);
  await page.getByTestId("compare-done").waitFor({ timeout: 90_000 });
  expect(await page.getByTestId("bridge-after").textContent()).toBe(expected.after);
  expect(Number(await page.getByTestId("exceptions-count").getAttribute("data-count"))).toBe(expected.exceptions);
  await page.getByTestId("rag-migration").waitFor();
  await page.getByTestId("bridge-chart").locator("svg").first().waitFor({ timeout: 30_000 });
  // The trend: the line chart's lazy chunk draws, and the table beside it has a row per version.
  await page.getByTestId("trend-chart").locator("svg").first().waitFor({ timeout: 30_000 });
  expect(await page.getByTestId("trend-row").count()).toBe(2);
  const tabs = page.getByTestId("sheet-tabs");
  for (const name of ["QIPP Changes", "QIPP Exceptions"]) await tabs.getByRole("tab", { name, exact: true }).waitFor();
  await shot("08-compare");

  const first = page.locator('button[data-testid="exception"]').first();
  expect([await first.getAttribute("data-sheet"), await first.getAttribute("data-cell")]).toEqual([expected.first.sheet, expected.first.cell]);
  await first.click();
  await page.waitForFunction((name) => document.querySelector('[data-testid="sheet-grid"]')?.getAttribute("data-sheet") === name, expected.first.sheet);
  expect(await page.getByTestId("sheet-grid").locator('td[aria-selected="true"]').getAttribute("data-address")).toBe(expected.first.cell);
  await shot("09-compare-exception-selected");
  await tabs.getByRole("tab", { name: "QIPP Changes", exact: true }).click();
  await shot("10-changes-sheet");
});
