import { copyFileSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { runCli as cli } from "../support/run-cli";

jest.setTimeout(120_000);
const dir = mkdtempSync(join(tmpdir(), "qipp-series-"));
const SAMPLES = join(__dirname, "..", "..", "samples");

interface TrendJson { periodEnd: string | null; workbooks: string[]; national: { total: number; ytdPlan: number | null; ytdActual: number | null; ragCount: Record<string, number> }; organisations: { name: string; total: number }[] }

describe("qipp compare V1 V2 V3", () => {
  // Three months of the SHA sample: July (a copy of August's), August, September. The samples give no reporting period.
  const july = join(dir, "sha-workbook-july.xlsx");
  const august = join(SAMPLES, "sha-workbook-earlier.xlsx");
  const september = join(SAMPLES, "sha-workbook.xlsx");
  beforeAll(() => copyFileSync(august, july));

  it("compares the last two, gives a trend entry per version in the order given, and writes the latest's copy", async () => {
    const out = join(dir, "three.xlsx");
    const r = await cli("compare", july, august, september, "--out", out, "--json");
    expect(r.stderr).toBe("");
    const json = JSON.parse(r.stdout) as { before: { workbooks: string[] }; after: { workbooks: string[] }; national: { before: number; after: number }; trend: TrendJson[]; movements: { kind: string; value: number }[] };
    expect([json.before.workbooks, json.after.workbooks]).toEqual([["sha-workbook-earlier.xlsx"], ["sha-workbook.xlsx"]]);
    expect(json.trend.map((t) => t.workbooks[0])).toEqual(["sha-workbook-july.xlsx", "sha-workbook-earlier.xlsx", "sha-workbook.xlsx"]);
    expect(json.trend.map((t) => t.periodEnd)).toEqual([null, null, null]);
    expect(json.trend[1].national.total).toBe(json.national.before);
    expect(json.trend[2].national.total).toBe(json.national.after);
    expect(json.trend[0].national).toEqual(json.trend[1].national);
    expect(json.movements.filter((m) => m.kind === "dropped").length).toBeGreaterThan(0);
  });

  it("prints the trend under the bridge", async () => {
    const r = await cli("compare", july, august, september, "--out", join(dir, "three-text.xlsx"));
    expect(r.stdout).toContain("Trend (£000), oldest first");
    expect(r.stdout).toContain("sha-workbook-july.xlsx");
    expect(r.stdout).toContain("Some versions give no reporting period, so they are in the order given.");
    expect(r.stdout).toMatch(/To confirm: \d+ dropped/);
  });

  it("needs two versions or more", async () => {
    const r = await cli("compare", september);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("two or more versions");
  });
});
