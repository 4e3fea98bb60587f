import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { parsePackText } from "../../src/core/rules/load";
import { OUTPUT_SHEET_NAMES } from "../../src/core/report/model";
import { expectedForSample, SAMPLES, type Expected } from "./expected";
import { openPreviewPage, RESULTS, type PreviewPage } from "./preview-page";

const PORT = Number(process.env.E2E_PORT ?? 3917);

let preview: PreviewPage;
let page: Page;
let expected: Expected;

const shot = (name: string) => page.screenshot({ path: join(RESULTS, `${name}.png`), fullPage: false });
const pane = () => page.getByTestId("task-pane");
const openSection = (name: string) => pane().getByRole("tab", { name }).click();

beforeAll(async () => {
  expected = await expectedForSample();
  preview = await openPreviewPage(PORT);
  page = preview.page;
});

afterAll(async () => {
  await preview?.close();
});

afterEach(() => {
  expect(preview.pageErrors).toEqual([]);
});

test("the preview opens the sample SHA workbook beside the task pane", async () => {
  await pane().getByRole("tab", { name: "Plans" }).waitFor();
  await page.getByTestId("plans-table").waitFor();
  expect(await page.getByTestId("preview-file").textContent()).toBe("sha-workbook.xlsx");
  expect(await page.getByTestId("sheet-tabs").getByRole("tab").count()).toBeGreaterThan(0);
  await shot("01-preview-plans");
});

test("Validate shows as many findings as the engine finds in the sample", async () => {
  await openSection("Validate");
  await pane().getByRole("button", { name: "Validate", exact: true }).click();
  const count = page.getByTestId("findings-count");
  await count.waitFor({ timeout: 60_000 });
  expect(Number(await count.getAttribute("data-count"))).toBe(expected.findings);
  await shot("02-validate-findings");
});

test("clicking a finding selects its cell in the workbook", async () => {
  const finding = page.locator('button[data-testid="finding"]').first();
  const sheet = (await finding.getAttribute("data-sheet")) ?? "";
  const cell = (await finding.getAttribute("data-cell")) ?? "";
  expect(expected.cells.has(`${sheet}!${cell}`)).toBe(true);
  await finding.click();
  const grid = page.getByTestId("sheet-grid");
  await page.waitForFunction((name) => document.querySelector('[data-testid="sheet-grid"]')?.getAttribute("data-sheet") === name, sheet);
  const selected = grid.locator('td[aria-selected="true"]');
  expect(await selected.count()).toBe(1);
  expect(await selected.getAttribute("data-address")).toBe(cell);
  expect(await selected.isVisible()).toBe(true);
  expect(await page.getByTestId("sheet-tabs").getByRole("tab", { selected: true }).textContent()).toBe(sheet);
  await shot("03-finding-selected");
});

test("Build rollups adds the four output sheets and shows the engine's England total", async () => {
  await openSection("Rollup");
  await pane().getByRole("button", { name: "Build rollups" }).click();
  await page.getByTestId("rollup-done").waitFor({ timeout: 90_000 });
  const tabs = page.getByTestId("sheet-tabs");
  for (const name of OUTPUT_SHEET_NAMES) await tabs.getByRole("tab", { name, exact: true }).waitFor();
  expect(await page.getByTestId("england-total").textContent()).toBe(expected.englandThousands);
  await page.getByTestId("rag-chart").waitFor();
  await shot("04-rollup-built");
  await tabs.getByRole("tab", { name: "QIPP Rollup", exact: true }).click();
  await shot("05-rollup-sheet");
});

test("a plan file added through the file picker is listed on Plans, with its outcome", async () => {
  const other = readdirSync(SAMPLES).find((f) => f.endsWith(".xlsx") && f !== "sha-workbook.xlsx");
  if (!other) throw new Error(`samples/ needs a second .xlsx plan besides sha-workbook.xlsx (found ${readdirSync(SAMPLES).join(", ")})`);
  await openSection("Plans");
  await pane().getByTestId("plan-files-input").setInputFiles(join(SAMPLES, other));
  await pane().locator(`[data-testid="added-file"][data-name="${other}"]`).waitFor({ timeout: 60_000 });
  await pane().getByTestId("file-outcome").first().waitFor();
  await page.waitForFunction(() => !document.querySelector('[data-testid="task-pane"] button[disabled]'));
  await shot("06-plan-file-added");
});

test("a malformed rule pack chosen through the file picker is reported in a MessageBar", async () => {
  const pack = JSON.parse(readFileSync(join(__dirname, "..", "..", "src", "core", "rules", "default-pack.json"), "utf8"));
  const broken = JSON.stringify({ ...pack, years: "2011 to 2015" });
  const result = parsePackText(broken);
  if (result.ok) throw new Error("the broken pack unexpectedly parsed");
  const problem = result.error.split("is malformed: ")[1];
  await openSection("Rules");
  await pane().getByTestId("pack-file-input").setInputFiles({ name: "broken-pack.json", mimeType: "application/json", buffer: Buffer.from(broken) });
  // The service keeps the pack in force and reports the bad file on the pack; a thrown failure would use the error bar.
  const bar = pane().locator('[data-testid="pack-error"], [data-testid="error-bar"]');
  await bar.first().waitFor();
  expect(await bar.count()).toBe(1);
  const text = (await bar.textContent()) ?? "";
  expect(text).toContain("broken-pack.json");
  expect(text).toContain(problem);
  // The way back must stay open while the bad file is reported.
  await page.waitForFunction(() => !document.querySelector('[data-testid="task-pane"] button[disabled]'), undefined, { timeout: 10_000 });
  expect(await pane().getByRole("button", { name: "Use default" }).isEnabled()).toBe(true);
  await shot("07-malformed-pack");
});
