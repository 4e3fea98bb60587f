import ExcelJS from "exceljs";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { rollupPlans, validateWorkbooks } from "../../src/core/pipeline";
import { XlsxWorkbook } from "../../src/host/exceljs/workbook";
import { SAMPLES } from "./expected";
import { axeViolations, overflowing, paneIdle } from "./pane-checks";
import { openPreviewPage, RESULTS, type PreviewPage } from "./preview-page";

const PORT = Number(process.env.E2E_PORT ?? 3919);
let preview: PreviewPage;
let page: Page;
const pane = () => page.getByTestId("task-pane");
const shot = (name: string) => pane().screenshot({ path: join(RESULTS, `${name}.png`) });
const openTab = (name: string) => pane().getByRole("tab", { name, exact: true }).click();
const thousands = (pence: number) => new Intl.NumberFormat("en-GB", { maximumFractionDigits: 0 }).format(pence / 100_000);

async function checkState(state: string) {
  await paneIdle(page);
  expect({ state, axe: await axeViolations(page), overflow: await overflowing(page) }).toEqual({ state, axe: [], overflow: [] });
}

/** The engine in node over the open workbook and the added file, in that order. */
async function expected() {
  const read = async (name: string) => {
    const book = await XlsxWorkbook.fromBuffer(name, readFileSync(join(SAMPLES, name)));
    return { name, sheets: await book.readSheets() };
  };
  const v = validateWorkbooks([await read("sha-workbook.xlsx"), await read("clean-plan.xlsx")]);
  return { findings: v.findings.length, plans: v.summary.plans, england: thousands(rollupPlans(v).national.qippSavings.total) };
}

beforeAll(async () => {
  preview = await openPreviewPage(PORT);
  page = preview.page;
  await page.getByTestId("plans-table").waitFor({ timeout: 120_000 });
});

afterAll(async () => {
  await preview?.close();
});

afterEach(() => {
  expect(preview.pageErrors).toEqual([]);
});

test("six tabs fit one row at 350 px, under a one-line next step", async () => {
  const tops = await pane().getByRole("tab").evaluateAll((tabs) => tabs.map((t) => Math.round(t.getBoundingClientRect().top)));
  expect(tops).toHaveLength(6);
  expect(new Set(tops).size).toBe(1);
  expect(await pane().getByTestId("next-step").textContent()).toBe("Next: check the plans with Validate.");
  await shot("17-first-screen");
});

test("a plan given twice: the added file is listed, one duplicate-plan finding in the added file, the same counts on every tab; then removed", async () => {
  const want = await expected();
  await pane().getByTestId("plan-files-input").setInputFiles(join(SAMPLES, "clean-plan.xlsx"));
  const item = pane().getByTestId("added-file");
  await item.waitFor({ timeout: 60_000 });
  expect(await item.textContent()).toContain("clean-plan.xlsx");
  expect(await pane().getByTestId("file-outcome").textContent()).toContain("clean-plan.xlsx added: Arden");
  expect(await pane().getByText(/plans? · /).first().textContent()).toMatch(new RegExp(`^${want.plans} plans · `));
  await checkState("added file listed");
  await shot("17-added-file");

  await openTab("Validate");
  await pane().getByRole("button", { name: "Validate", exact: true }).click();
  const count = pane().getByTestId("findings-count");
  await count.waitFor({ timeout: 120_000 });
  expect(Number(await count.getAttribute("data-count"))).toBe(want.findings);
  expect(await pane().getByTestId("validate-summary").textContent()).toContain(`on ${want.plans} plans`);
  // The sheets of findings are drawn just after the summary (a React transition).
  await pane().getByTestId("finding-group").first().waitFor();
  const twice = pane().locator('[data-testid="finding"][data-workbook="clean-plan.xlsx"]');
  expect(await twice.count()).toBe(1);
  // A finding in the added file names its file and cell, and is no button that would select the open workbook's cell.
  expect(await twice.evaluate((e) => e.tagName)).toBe("DIV");
  expect(await twice.textContent()).toContain("that file is not open here, so nothing is selected");
  expect(await twice.textContent()).toContain("Arden has a plan in sha-workbook.xlsx (sheet Arden) and again in clean-plan.xlsx");
  await checkState("plan given twice");
  await shot("17-plan-given-twice");

  await openTab("Rollup");
  await pane().getByRole("button", { name: "Build rollups", exact: true }).click();
  await pane().getByTestId("rollup-totals").waitFor({ timeout: 120_000 });
  expect(await pane().getByTestId("rollup-totals").textContent()).toContain(want.england);

  await openTab("Plans");
  await pane().getByRole("button", { name: "Remove clean-plan.xlsx" }).click();
  await item.waitFor({ state: "detached" });
  expect(await pane().getByTestId("file-outcome").textContent()).toContain("clean-plan.xlsx removed");
  await openTab("Rollup");
  expect(await pane().getByTestId("stale").textContent()).toContain("Out of date: a plan file was removed");
  await pane().getByTestId("rebuild").click();
  await pane().getByTestId("stale").waitFor({ state: "detached", timeout: 120_000 });
});

test("after Fix focus is on Undo and Rollup says it is out of date; after Undo focus is on a finding", async () => {
  await openTab("Validate");
  await pane().getByRole("button", { name: "Validate", exact: true }).click();
  const offer = pane().getByTestId("fix-offer").first();
  await offer.waitFor({ timeout: 120_000 });
  await offer.getByTestId("fix-button").first().click();
  await pane().getByTestId("fix-done").waitFor();
  await paneIdle(page);
  await page.waitForFunction(() => document.activeElement?.getAttribute("data-testid") === "fix-undo");
  await checkState("fix done, focus on Undo");
  await shot("17-focus-undo");
  await openTab("Rollup");
  expect(await pane().getByTestId("stale").textContent()).toContain("Out of date: a cell was fixed since these results were made.");
  await checkState("rollup out of date");
  await shot("17-stale-rollup");
  await openTab("Validate");
  await pane().getByTestId("fix-undo").click();
  await pane().getByTestId("fix-done").waitFor({ state: "detached" });
  await paneIdle(page);
  await page.waitForFunction(() => document.activeElement?.closest('[data-testid="finding"], [data-testid="problem-group"]') !== null);
});

test("Compare: the waterfall keeps visible bars in forced colours, and axe passes in light, dark and forced colours", async () => {
  await openTab("Compare");
  await pane().getByTestId("compare-file-input").setInputFiles(join(SAMPLES, "sha-workbook-earlier.xlsx"));
  await pane().getByTestId("waterfall").waitFor({ timeout: 120_000 });
  expect(await pane().getByTestId("waterfall-label").count()).toBe(5);
  await checkState("compare, light");
  await page.getByRole("switch", { name: "Dark theme" }).click();
  await checkState("compare, dark");
  await page.emulateMedia({ forcedColors: "active" });
  await page.waitForSelector('[data-theme="highContrast"]');
  const fills = await pane().locator('[data-testid="waterfall-bar"] rect').evaluateAll((rects) => rects.map((r) => getComputedStyle(r).fill));
  expect(fills.every((f) => f !== "none" && f !== "rgba(0, 0, 0, 0)")).toBe(true);
  await checkState("compare, forced colours");
  await pane().getByTestId("waterfall").screenshot({ path: join(RESULTS, "17-waterfall-forced-colours.png") });
  await page.emulateMedia({ forcedColors: "none" });
});

test("grouped findings, then Fix all, then Undo: the cells change and come back, focus on Undo, then on the group", async () => {
  const dark = page.getByRole("switch", { name: "Dark theme" });
  if (await dark.isChecked()) await dark.click();
  // The sample with one misspelt workstream in three cells: one group, one fix for all three.
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(join(SAMPLES, "sha-workbook.xlsx"));
  const cells = ["C6", "C7", "C8"];
  for (const cell of cells) book.getWorksheet("Arden")!.getCell(cell).value = "End of Life Cre";
  const name = "sha-workbook-misspelt.xlsx";
  await page.getByTestId("open-workbook-input").setInputFiles({ name, mimeType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", buffer: Buffer.from(await book.xlsx.writeBuffer()) });
  await page.getByTestId("preview-file").filter({ hasText: name }).waitFor({ timeout: 120_000 });
  await pane().getByTestId("plans-table").waitFor({ timeout: 120_000 });
  await openTab("Validate");
  await pane().getByRole("button", { name: "Validate", exact: true }).click();
  const count = pane().getByTestId("findings-count");
  await count.waitFor({ timeout: 120_000 });
  const findings = Number(await count.getAttribute("data-count"));

  const group = pane().getByTestId("problem-group").filter({ hasText: "End of Life Cre" });
  expect([await group.getAttribute("data-count"), await group.getAttribute("data-sheet"), await group.getAttribute("data-cell")]).toEqual(["3", "Arden", "C6"]);
  const toggle = group.getByRole("button", { name: "'End of Life Cre' · Not in the list: 3 cells" });
  await toggle.click();
  expect(await toggle.getAttribute("aria-expanded")).toBe("true");
  expect(await group.getByTestId("finding").evaluateAll((items) => items.map((i) => i.getAttribute("data-cell")))).toEqual(cells);
  await checkState("grouped findings, one group open");
  await group.scrollIntoViewIfNeeded();
  await shot("17-fix-all-group");

  await page.getByTestId("sheet-tabs").getByRole("tab", { name: "Arden", exact: true }).click();
  const grid = (cell: string) => page.locator(`[data-testid="sheet-grid"][data-sheet="Arden"] td[data-address="${cell}"]`);
  const texts = () => Promise.all(cells.map(async (cell) => (await grid(cell).textContent()) ?? ""));
  expect(await texts()).toEqual(cells.map(() => "End of Life Cre"));

  await group.getByTestId("fix-all").click();
  expect(await pane().getByTestId("fix-done").textContent()).toContain("Changed 3 cells: End of Life Cre → End of Life Care.");
  await paneIdle(page);
  await page.waitForFunction(() => document.activeElement?.getAttribute("data-testid") === "fix-undo");
  expect(await texts()).toEqual(cells.map(() => "End of Life Care"));
  expect(Number(await count.getAttribute("data-count"))).toBe(findings - 3);
  expect(await group.count()).toBe(0);
  await checkState("Fix all done, focus on Undo");
  await shot("17-fix-all-done");

  await pane().getByTestId("fix-undo").click();
  await pane().getByTestId("fix-done").waitFor({ state: "detached" });
  await paneIdle(page);
  await page.waitForFunction(() => document.activeElement?.closest('[data-testid="problem-group"]')?.getAttribute("data-cell") === "C6");
  expect(await page.evaluate(() => document.activeElement?.textContent)).toBe("'End of Life Cre' · Not in the list: 3 cells");
  expect(await texts()).toEqual(cells.map(() => "End of Life Cre"));
  expect(Number(await count.getAttribute("data-count"))).toBe(findings);
  await checkState("Fix all undone, focus on the group");
  await group.scrollIntoViewIfNeeded();
  await shot("17-fix-all-undone");
});
