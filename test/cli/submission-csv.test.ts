import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { runCli as cli } from "../support/run-cli";
import { toPence } from "../../src/core/money";
import { submissionCsv, SUBMISSION_CSV_HEADERS } from "../../src/core/report/submission-csv";
import type { Rollup } from "../../src/core/rollup/types";

jest.setTimeout(120_000);
const dir = mkdtempSync(join(tmpdir(), "qipp-csv-"));
const SAMPLE = join(__dirname, "../../samples/national-workbook.xlsx");

/** A CSV line split at commas outside quotes. */
function fields(line: string): string[] {
  return (line.match(/("(?:[^"]|"")*"|[^,]*)(,|$)/g) ?? []).slice(0, -1).map((f) => f.replace(/,$/, "").replace(/^"|"$/g, "").replace(/""/g, '"'));
}

describe("qipp rollup --submission-csv", () => {
  it("writes one row per organisation and year, UTF-8 with a BOM, that adds up to the rollup to the penny", async () => {
    const csvPath = join(dir, "submission.csv");
    const r = await cli("rollup", SAMPLE, "--out", join(dir, "out.xlsx"), "--submission-csv", csvPath, "--json");
    expect(r.stderr).toBe("");
    const json = JSON.parse(r.stdout) as { organisations: { name: string; sha: string | null; qippSavings: Record<string, number>; managementCost: number; planRag: string }[] };
    const bytes = readFileSync(csvPath);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = bytes.toString("utf8").slice(1).split("\r\n").filter((l) => l !== "");
    expect(fields(lines[0])).toEqual(SUBMISSION_CSV_HEADERS);
    const years = ["2011-12", "2012-13", "2013-14", "2014-15"];
    expect(lines.length - 1).toBe(json.organisations.length * years.length);
    expect(new Set(json.organisations.map((o) => o.sha)).size).toBeGreaterThan(3);
    for (const o of json.organisations) {
      const rows = lines.slice(1).map(fields).filter((f) => f[2] === o.name);
      expect(rows.map((f) => f[3])).toEqual(years);
      for (const f of rows) {
        expect(f[0]).toBe(o.sha ?? "");
        expect(f[6].toLowerCase()).toBe(o.planRag);
        expect(toPence(Number(f[4]))).toBe(toPence(o.qippSavings[f[3]]));
      }
      expect(rows.reduce((a, f) => a + toPence(Number(f[5])), 0)).toBe(toPence(o.managementCost));
    }
  });

  it("keeps a name with a comma, a quote or a leading = as text", () => {
    const organisation = { name: '=cmd|"x", Trust', code: null, shaCode: "Q30", planRag: "red", savings: { "2011-12": 100, total: 100 }, qippSavings: { "2011-12": 100, total: 100 }, managementCost: 0 };
    const csv = submissionCsv({ years: ["2011-12"], organisations: [organisation] } as unknown as Rollup);
    expect(csv.split("\r\n")[1]).toBe(`Q30,,"'=cmd|""x"", Trust",2011-12,0.001,0,Red`);
  });

  it("is only for qipp rollup", async () => {
    const r = await cli("validate", SAMPLE, "--submission-csv", join(dir, "x.csv"));
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("--submission-csv is only for qipp rollup");
  });
});
