// Writes the sample plan workbooks into samples/ (npm run samples), and what a correct reader must
// find in each into test/fixtures/<name>.expected.json. Deterministic: same files on every run.
import { mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { generateNationalWorkbook } from "../bench/generate";
import {
  coverSheet, makeSchemes, notesSheet, organisationsOf, planSheetRows, writeWorkbook, YEARS,
  type PlanExpectation, type PlanLayout, type SheetSpec,
} from "../test/support/workbooks";

const ROOT = join(import.meta.dirname, "..");
const TITLE = "QIPP plan 2011-12 to 2014-15";

interface Sample {
  file: string;
  buffer: Buffer;
  sheets: { name: string; expected: PlanExpectation }[];
}

function planSheet(name: string, organisation: string, count: number, seed: number, layout: PlanLayout) {
  const { rows, merges, expected } = planSheetRows(makeSchemes({ organisation, count, seed }), { seed, ...layout });
  return { spec: { name, rows, merges } as SheetSpec, expected: { name, expected } };
}

async function cleanPlan(): Promise<Sample> {
  const plan = planSheet("QIPP plan", "Arden", 40, 101, { titleRows: [`NHS Arden ${TITLE}`], orgLabel: "Organisation:", totalColumn: true, forecastColumn: true });
  const cover = coverSheet({ organisation: "NHS Arden", sha: "West Midlands", plannedBudget: 1_480_000, overallRag: "Green" });
  return { file: "clean-plan.xlsx", buffer: await writeWorkbook([cover, plan.spec]), sheets: [plan.expected] };
}

async function messyPlan(): Promise<Sample> {
  const plan = planSheet("Plan 2011-15", "Black Country", 45, 202, {
    titleRows: ["NHS Black Country cluster", TITLE, "£000"], orgLabel: "Organisation:", orgLabelGap: 3,
    headerStyle: "short-years", unit: "£m", textNumbers: true, sectionRows: true, totalRow: "correct",
    totalColumn: true, errorCells: true, badValues: true, blankRows: true, shuffleColumns: 3,
    extraColumns: ["Directorate", "Contract"], leftColumn: 1,
  });
  return { file: "messy-plan.xlsx", buffer: await writeWorkbook([plan.spec, notesSheet()]), sheets: [plan.expected] };
}

/** West Midlands (Q34) as the SHA collects it: one sheet per cluster, each made by a different team. */
async function shaWorkbook(): Promise<Sample> {
  const layouts: PlanLayout[] = [
    { titleRows: ["NHS Birmingham and Solihull", TITLE], orgLabel: "Organisation:", totalColumn: true, forecastColumn: true, overallRag: "Amber", plannedBudget: 2_310_000 },
    { titleRows: ["Black Country cluster QIPP", "£000"], orgLabel: "PCT cluster", orgLabelGap: 2, headerStyle: "aliases", looseNames: true, errorCells: true, sectionRows: true, totalRow: "correct" },
    { titleRows: ["NHS Arden"], orgLabel: "Cluster name", headerStyle: "fy", forecastColumn: true, totalRow: "wrong", plannedBudget: 1_480_000 },
    { titleRows: ["Staffordshire QIPP plan", "£m"], orgLabel: "Organisation:", headerStyle: "long-years", unit: "£m", textNumbers: true, badValues: true, overallRag: "Red" },
    { titleRows: [TITLE], orgLabel: "Organisation name", headerStyle: "savings-label", shuffleColumns: 9, forecastColumn: true, extraColumns: ["Provider"] },
  ];
  const counts = [78, 64, 41, 55, 33];
  const plans = organisationsOf("Q34").map((org, i) => planSheet(org, org, counts[i], 300 + i, layouts[i]));
  const cover = coverSheet({ sha: "West Midlands", title: "West Midlands SHA: QIPP plans of the PCT clusters, 2011-12 to 2014-15" });
  return {
    file: "sha-workbook.xlsx",
    buffer: await writeWorkbook([cover, ...plans.map((p) => p.spec), notesSheet("Read me")]),
    sheets: plans.map((p) => p.expected),
  };
}

async function nationalWorkbook(): Promise<Sample> {
  const national = await generateNationalWorkbook({ schemes: 2_000, seed: 2011, messyShare: 0.05, sheetPer: "sha" });
  return { file: "national-workbook.xlsx", buffer: national.buffer, sheets: national.sheets };
}

/** A month-6 return (September 2011) from every SHA: the four-year plans with the in-year columns filled. */
async function monthSixReturn(): Promise<Sample> {
  const national = await generateNationalWorkbook({ schemes: 600, seed: 2012, messyShare: 0, sheetPer: "sha", inYear: "month-6" });
  return { file: "month-6-return.xlsx", buffer: national.buffer, sheets: national.sheets };
}

function pounds000(pence: number): string {
  return (pence / 100_000).toLocaleString("en-GB", { maximumFractionDigits: 3 });
}

async function main(): Promise<void> {
  await mkdir(join(ROOT, "samples"), { recursive: true });
  await mkdir(join(ROOT, "test", "fixtures"), { recursive: true });
  // `npm run samples -- month-6-return.xlsx` writes only the files named (ExcelJS stamps each file it
  // writes with the time, so rewriting the others would change their bytes for nothing).
  const only = process.argv.slice(2);
  for (const make of [cleanPlan, messyPlan, shaWorkbook, nationalWorkbook, monthSixReturn]) {
    const sample = await make();
    if (only.length && !only.includes(sample.file)) continue;
    await writeFile(join(ROOT, "samples", sample.file), sample.buffer);
    const expectedFile = join(ROOT, "test", "fixtures", sample.file.replace(/\.xlsx$/, ".expected.json"));
    await writeFile(expectedFile, JSON.stringify({ file: `samples/${sample.file}`, sheets: sample.sheets }, null, 1) + "\n");
    const schemes = sample.sheets.reduce((t, s) => t + s.expected.schemeCount, 0);
    const byYear = YEARS.map((y) => `${y} ${pounds000(sample.sheets.reduce((t, s) => t + s.expected.totalsByYear[y], 0))}`);
    const bad = sample.sheets.reduce((t, s) => t + s.expected.badCells.length, 0);
    console.log(`${sample.file}: ${(sample.buffer.length / 1024).toFixed(0)} KB, ${sample.sheets.length} plan sheets, ${schemes} schemes, £000 ${byYear.join(", ")}; ${bad} problem cells`);
  }
}

main().catch((e: unknown) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
