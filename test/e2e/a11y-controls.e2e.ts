import { mkdirSync } from "node:fs";
import { join } from "node:path";
import type { Locator, Page } from "playwright-core";
import { launchChromium, type LaunchedBrowser } from "./chromium";
import { startDevServer, type DevServer } from "./dev-server";
import { axeViolations, focusVisible, overflowing, overlayShown, paneIdle } from "./pane-checks";

const RESULTS = join(__dirname, "..", "..", "test-results");
const PORT = Number(process.env.E2E_PORT ?? 3917);
const TABS = ["Plans", "Rules", "Validate", "Rollup", "Submit"];

let browser: LaunchedBrowser;
let server: DevServer;
let page: Page;
const problems: string[] = [];

const pane = () => page.getByTestId("task-pane");
const shot = (name: string) => pane().screenshot({ path: join(RESULTS, `${name}.png`) });
const openTab = async (name: string) => {
  await pane().getByRole("tab", { name }).click();
  await paneIdle(page);
};

/** The pane in this state passes axe, fits 350 px, and nothing has failed or covered it. */
async function checkState(state: string) {
  await paneIdle(page);
  // Page errors first: a pane that crashed has nothing left for axe to check.
  expect({ state, problems }).toEqual({ state, problems: [] });
  expect({ state, axe: await axeViolations(page) }).toEqual({ state, axe: [] });
  expect({ state, overflow: await overflowing(page) }).toEqual({ state, overflow: [] });
  expect({ state, overlay: await overlayShown(page), problems }).toEqual({ state, overlay: false, problems: [] });
}

/** Every enabled control on the tab except the tabs themselves, once each (finding buttons: the first). */
async function clickEveryControl(tab: string) {
  const controls = pane().locator('button:not([role="tab"]):not([data-testid="finding"]):not([data-testid="fix-button"]):not([data-testid="fix-undo"]), input[type="radio"], select');
  const labels: string[] = [];
  // Controls that appear on the way (a form that opens) are clicked too.
  for (let i = 0; i < Math.min(60, await controls.count()); i++) {
    const control: Locator = controls.nth(i);
    if (!(await control.isVisible()) || !(await control.isEnabled())) continue;
    labels.push(((await control.getAttribute("aria-label")) ?? (await control.textContent()) ?? "").trim());
    if ((await control.evaluate((el) => el.tagName)) === "SELECT") {
      const options = await control.locator("option").allTextContents();
      await control.selectOption({ index: Math.min(1, options.length - 1) });
    } else {
      await control.click();
    }
    await paneIdle(page);
    await checkState(`${tab} after clicking ${labels[labels.length - 1]}`);
  }
  const finding = pane().locator('button[data-testid="finding"]').first();
  if (await finding.count()) {
    await finding.click();
    await checkState(`${tab} after clicking a finding`);
  }
  return labels;
}

beforeAll(async () => {
  mkdirSync(RESULTS, { recursive: true });
  browser = await launchChromium();
  server = await startDevServer(PORT);
  page = await browser.context.newPage();
  page.on("pageerror", (e) => problems.push(`page error: ${e.message}`));
  page.on("console", (m) => {
    if (m.type() === "error" && /ResizeObserver/.test(m.text())) problems.push(`console: ${m.text()}`);
  });
  // File pickers are answered with no file, as a user who cancels the dialog.
  page.on("filechooser", (chooser) => void chooser.setFiles([]).catch(() => undefined));
  await page.goto(server.previewUrl);
  await pane().getByRole("tab", { name: "Plans" }).waitFor();
  await page.getByTestId("plans-table").waitFor({ timeout: 120_000 });
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

test("the pane is 350 px wide, as in Excel", async () => {
  const box = await pane().boundingBox();
  expect(Math.round(box?.width ?? 0)).toBeLessThanOrEqual(352);
});

test("every control of every tab can be clicked with no page error, overlay, overflow or axe violation", async () => {
  const clicked: Record<string, string[]> = {};
  for (const tab of TABS) {
    await openTab(tab);
    await checkState(`${tab} opened`);
    clicked[tab] = await clickEveryControl(tab);
  }
  expect(clicked.Validate).toContain("Validate");
  expect(clicked.Rollup).toEqual(expect.arrayContaining(["Build rollups"]));
});

test("the RAG chart in both modes: one legend, bars inside the pane, no ResizeObserver loop", async () => {
  await openTab("Rollup");
  if (!(await page.getByTestId("rag-chart").count())) {
    await pane().getByRole("button", { name: "Build rollups" }).click();
    await page.getByTestId("rag-chart").waitFor({ timeout: 120_000 });
  }
  for (const mode of ["By organisation", "By SHA", "By organisation"]) {
    await pane().getByRole("radio", { name: mode }).click();
    await page.getByTestId("rag-bar").first().waitFor();
    expect(await page.getByTestId("rag-legend").count()).toBe(1);
    const keys = await page.getByTestId("rag-legend").locator("li").allTextContents();
    expect(new Set(keys).size).toBe(keys.length);
    await checkState(`chart ${mode}`);
  }
  expect(await page.getByTestId("rag-bar").count()).toBeGreaterThan(1);
  await shot("a11y-chart-by-organisation");
});

test("keyboard alone: reach the tabs, validate, select a finding's cell, switch the chart, with focus always visible", async () => {
  await page.reload();
  await page.getByTestId("plans-table").waitFor({ timeout: 120_000 });
  await page.locator("body").focus();
  let onTab = false;
  for (let i = 0; i < 20 && !onTab; i++) {
    await page.keyboard.press("Tab");
    onTab = await page.evaluate(() => document.activeElement?.getAttribute("role") === "tab" && !!document.activeElement.closest('[data-testid="task-pane"]'));
  }
  expect(onTab).toBe(true);
  expect(await focusVisible(page)).toMatchObject({ visible: true });
  // Tabs: arrows move, Enter selects (Fluent TabList).
  await page.keyboard.press("ArrowRight");
  await page.keyboard.press("ArrowRight");
  await page.keyboard.press("Enter");
  await pane().getByRole("button", { name: "Validate", exact: true }).waitFor();
  await page.keyboard.press("Tab");
  expect(await page.evaluate(() => document.activeElement?.textContent)).toBe("Validate");
  expect(await focusVisible(page)).toMatchObject({ visible: true });
  await page.keyboard.press("Enter");
  await page.getByTestId("findings-count").waitFor({ timeout: 120_000 });
  await paneIdle(page);
  let onFinding = false;
  for (let i = 0; i < 15 && !onFinding; i++) {
    await page.keyboard.press("Tab");
    onFinding = await page.evaluate(() => document.activeElement?.getAttribute("data-testid") === "finding");
    const focus = await focusVisible(page);
    expect(focus).toMatchObject({ visible: true });
  }
  expect(onFinding).toBe(true);
  const cell = await page.evaluate(() => document.activeElement?.getAttribute("data-cell"));
  await page.keyboard.press("Enter");
  await page.waitForFunction((c) => document.querySelector('[data-testid="sheet-grid"] td[aria-selected="true"]')?.getAttribute("data-address") === c, cell);
  expect(problems).toEqual([]);
});

test("dark and high-contrast themes: screenshots, and axe passes in both", async () => {
  await page.reload();
  await page.getByTestId("plans-table").waitFor({ timeout: 120_000 });
  await page.getByRole("switch", { name: "Dark theme" }).click();
  await openTab("Validate");
  await pane().getByRole("button", { name: "Validate", exact: true }).click();
  await page.getByTestId("findings-count").waitFor({ timeout: 120_000 });
  await checkState("dark, findings");
  await pane().getByRole("searchbox", { name: "Search findings" }).fill("RAG");
  await checkState("dark, findings searched");
  await shot("pane-dark");
  await page.emulateMedia({ forcedColors: "active" });
  await page.waitForSelector('[data-theme="highContrast"]');
  await checkState("high contrast, findings");
  await shot("pane-high-contrast");
  await page.emulateMedia({ forcedColors: "none" });
});

test("a one-click fix changes its cell in the workbook, Undo puts it back; the pane passes axe throughout", async () => {
  await page.reload();
  await page.getByTestId("plans-table").waitFor({ timeout: 120_000 });
  await openTab("Validate");
  await pane().getByRole("button", { name: "Validate", exact: true }).click();
  const offer = page.getByTestId("fix-offer").first();
  await offer.waitFor({ timeout: 120_000 });
  await checkState("fix offered");
  const sheet = (await offer.getAttribute("data-sheet")) ?? "";
  const cell = (await offer.getAttribute("data-cell")) ?? "";
  const gridCell = () => page.locator(`[data-testid="sheet-grid"][data-sheet="${sheet}"] td[data-address="${cell}"]`);
  await page.getByTestId("sheet-tabs").getByRole("tab", { name: sheet, exact: true }).click();
  const before = (await gridCell().textContent()) ?? "";
  const button = offer.getByTestId("fix-button").first();
  const chosen = ((await button.textContent()) ?? "").split(" ")[0];
  await button.click();
  await page.getByTestId("fix-done").waitFor();
  await paneIdle(page);
  await checkState("fix done");
  const expectedAfter = chosen === "Fix" ? null : chosen;
  if (expectedAfter) expect(await gridCell().textContent()).toBe(expectedAfter);
  else expect(await gridCell().textContent()).not.toBe(before);
  await page.getByTestId("fix-undo").click();
  await page.getByTestId("fix-done").waitFor({ state: "detached" });
  await paneIdle(page);
  expect(await gridCell().textContent()).toBe(before);
  await checkState("fix undone");
});

test("New plan sheet adds a sheet for the chosen organisation and QIPP Lists, with drop-downs and colours (nothing left out)", async () => {
  await openTab("Plans");
  await pane().getByRole("button", { name: "New plan sheet…" }).click();
  const select = pane().getByTestId("template-organisation");
  await select.locator("option").nth(1).waitFor({ state: "attached" });
  const organisation = (await select.locator("option").nth(1).textContent()) ?? "";
  await select.selectOption({ index: 1 });
  await checkState("new plan sheet form");
  await pane().getByRole("button", { name: "Add sheet" }).click();
  await page.getByTestId("template-added").waitFor({ timeout: 60_000 });
  const tabs = page.getByTestId("sheet-tabs");
  await tabs.getByRole("tab", { name: organisation.slice(0, 31), exact: true }).waitFor();
  await tabs.getByRole("tab", { name: "QIPP Lists", exact: true }).waitFor();
  expect(await page.getByTestId("template-note").count()).toBe(0);
  await checkState("new plan sheet added");
  await shot("a11y-new-plan-sheet");
});
