import { PassThrough } from "node:stream";
import ExcelJS from "exceljs";
import { ORGANISATIONS, SHAS, YEARS } from "../test/support/pack-data";
import type { PlanExpectation, PlanLayout } from "../test/support/plan-layout";
import { planSheetRows } from "../test/support/plan-sheet";
import { prng, type Prng } from "../test/support/prng";
import { makeSchemes, type SchemeRecord } from "../test/support/schemes";
import { toExcelValue } from "../test/support/write-workbook";
import { addInYearColumns, type InYearDraw } from "./in-year-columns";

export interface NationalOptions {
  schemes: number;
  seed: number;
  /** Share of sheets' savings cells that are messy (text numbers, section and total rows, blank rows). */
  messyShare?: number;
  /** One sheet per PCT cluster (as an SHA collects them; the default) or per SHA with an Organisation column. */
  sheetPer?: "cluster" | "sha";
  /** Exact savings over all years per SHA code, in pence (multiples of 100): e.g. the published shares of £17.4bn. */
  shaTotalsPence?: Record<string, number>;
  /** Add the in-year columns (YTD plan and actual, activity to date, milestone, QIA, WTE) and a Reporting month label, drawn as a month-6 return (true) or the heavy worst case. */
  inYear?: boolean | InYearDraw;
}

export interface NationalWorkbook {
  buffer: Buffer;
  schemeCount: number;
  sheets: { name: string; expected: PlanExpectation }[];
  /** Pence per organisation and year over the cells a correct reader counts. */
  totalsByOrganisation: Record<string, Record<string, number>>;
}

/**
 * A national workbook of realistic shape: every PCT cluster of the default pack, schemes spread over
 * workstreams and points of delivery, a share of messy sheets. Written with ExcelJS's streaming writer,
 * one sheet at a time, so 200,000 schemes fit in modest memory.
 */
export async function generateNationalWorkbook(opts: NationalOptions): Promise<NationalWorkbook> {
  const rng = prng(opts.seed);
  const counts = allocate(opts.schemes, ORGANISATIONS.map(() => 0.5 + rng.next()));
  const totals = opts.shaTotalsPence ? organisationTotals(opts.shaTotalsPence, rng) : undefined;
  const schemesOf = (i: number): SchemeRecord[] => {
    const org = ORGANISATIONS[i];
    const count = Math.max(counts[i], totals ? 1 : 0);
    if (count === 0) return [];
    return makeSchemes({ organisation: org.name, count, seed: opts.seed * 1000 + i, totalPence: totals?.[org.name] });
  };
  const groups = opts.sheetPer === "sha"
    ? SHAS.map((s) => ({ name: s.name, schemes: ORGANISATIONS.flatMap((o, i) => (o.sha === s.code ? schemesOf(i) : [])) }))
    : ORGANISATIONS.map((o, i) => ({ name: sheetName(o.name), schemes: schemesOf(i) }));

  const out = new PassThrough();
  const chunks: Buffer[] = [];
  out.on("data", (c: Buffer) => chunks.push(c));
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useSharedStrings: true, useStyles: false });
  const result: NationalWorkbook = { buffer: Buffer.alloc(0), schemeCount: 0, sheets: [], totalsByOrganisation: {} };
  for (const [g, group] of groups.entries()) {
    if (group.schemes.length === 0) continue;
    const layout = sheetLayout(group.schemes[0].organisation, opts, rng, g);
    const { rows, merges, expected } = planSheetRows(group.schemes, layout);
    if (opts.inYear) addInYearColumns(rows, expected, rng, opts.inYear === "heavy" ? "heavy" : "month-6");
    const ws = wb.addWorksheet(group.name);
    // Merges first: the streaming writer cannot touch a row once it is committed.
    for (const range of merges) ws.mergeCells(range);
    rows.forEach((cells, r) => {
      const row = ws.getRow(r + 1);
      cells.forEach((cell, c) => {
        if (cell !== null) row.getCell(c + 1).value = toExcelValue(cell);
      });
      row.commit();
    });
    ws.commit();
    result.sheets.push({ name: group.name, expected });
    result.schemeCount += expected.schemeCount;
    Object.assign(result.totalsByOrganisation, expected.totalsByOrganisation);
  }
  await wb.commit();
  result.buffer = Buffer.concat(chunks);
  return result;
}

function sheetLayout(organisation: string, opts: NationalOptions, rng: Prng, index: number): PlanLayout {
  const perSha = opts.sheetPer === "sha";
  const styles = ["canonical", "aliases", "short-years", "long-years", "fy", "savings-label"] as const;
  const layout: PlanLayout = {
    titleRows: [perSha ? "QIPP plans of the SHA's clusters" : `NHS ${organisation}`, "QIPP plan 2011-12 to 2014-15", "£000", ...(opts.inYear ? ["Reporting month: Month 6"] : [])],
    orgLabel: perSha ? undefined : rng.pick(["Organisation:", "PCT cluster", "Cluster name"]),
    organisationColumn: perSha,
    headerStyle: styles[index % styles.length],
    totalColumn: rng.chance(0.5),
    forecastColumn: rng.chance(0.5),
    seed: opts.seed + index,
  };
  // A messy sheet has about 30% of its savings cells as text, so this share of sheets gives messyShare of cells.
  if (rng.chance(Math.min(1, (opts.messyShare ?? 0.05) / 0.3))) {
    Object.assign(layout, { textNumbers: true, sectionRows: true, totalRow: "correct", blankRows: true, shuffleColumns: index });
  }
  return layout;
}

/** Splits n into whole parts proportional to the weights (largest remainder), summing to n exactly. */
export function allocate(n: number, weights: number[]): number[] {
  const sum = weights.reduce((a, b) => a + b, 0);
  const exact = weights.map((w) => (w / sum) * n);
  const parts = exact.map(Math.floor);
  const order = exact.map((e, i) => ({ i, r: e - Math.floor(e) })).sort((a, b) => b.r - a.r || a.i - b.i);
  const missing = n - parts.reduce((a, b) => a + b, 0);
  for (let k = 0; k < missing; k++) parts[order[k % order.length].i]++;
  return parts;
}

function organisationTotals(shaTotals: Record<string, number>, rng: Prng): Record<string, number> {
  const out: Record<string, number> = {};
  for (const sha of SHAS) {
    const orgs = ORGANISATIONS.filter((o) => o.sha === sha.code);
    const pounds = allocate(Math.round((shaTotals[sha.code] ?? 0) / 100), orgs.map(() => 0.5 + rng.next()));
    orgs.forEach((o, i) => (out[o.name] = pounds[i] * 100));
  }
  return out;
}

/** Excel sheet names: at most 31 characters, none of : \ / ? * [ ]. */
function sheetName(name: string): string {
  return name.replace(/[:\\/?*[\]]/g, " ").slice(0, 31);
}

export { YEARS };
