import { strFromU8, unzipSync } from "fflate";
import ExcelJS from "exceljs";
import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { runCli as cli } from "../support/run-cli";
import { isAddinSheet } from "../../src/core/report/model";
import { defaultPack } from "../../src/core/rules/load";

const dir = mkdtempSync(join(tmpdir(), "qipp-compare-"));
const SAMPLES = join(__dirname, "..", "..", "samples");

async function planFile(name: string, unit: string, rows: unknown[][]): Promise<string> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Arden");
  ws.addRow(["Organisation:", "Arden"]);
  ws.addRow([unit]);
  ws.addRow(["Ref", "Scheme name", "Workstream", "RAG", "2011/12", "2012/13", "2013/14", "2014/15", "Forecast", "Lead", "Risks"]);
  rows.forEach((r) => ws.addRow(r));
  const path = join(dir, name);
  await wb.xlsx.writeFile(path);
  return path;
}

describe("qipp compare", () => {
  let before: string, after: string;
  beforeAll(async () => {
    before = await planFile("june.xlsx", "£m", [
      ["A1", "Care homes", "Right Care", "G", 1.5, 2, 3, 4, null, "J Smith", ""],
      ["A2", "Emergency admissions", "Urgent Care", "A", 6.5, 0, 0, 0, null, "K Patel", "Activity over plan"],
      ["A3", "Prescribing", "Medicines Management", "G", 0.25, 0.25, 0, 0],
    ]);
    after = await planFile("july.xlsx", "£000", [
      ["A1", "Care homes", "Right Care", "G", 1500, 2000, 3000, 4000, null, "J Smith", ""],
      ["B2", "Emergency admissions", "Urgent Care", "R", 6500, 0, 0, 0, 4095, "K Patel", "Activity over plan"],
      ["A4", "Telehealth", "Long Term Conditions", "G", 100, 100, 0, 0],
    ]);
  });

  it("prints the JSON the issue specifies: matches, statuses, the bridge and exceptions, £m against £000 with no false change", async () => {
    const r = await cli("compare", before, after, "--out", join(dir, "out.xlsx"), "--json");
    expect(r).toMatchObject({ code: 0, stderr: "" });
    const json = JSON.parse(r.stdout);
    expect(Object.keys(json)).toEqual(expect.arrayContaining(["pack", "before", "after", "schemes", "organisations", "shas", "national", "ragMigration", "exceptions"]));
    expect(json.before).toEqual({ workbooks: ["june.xlsx"] });
    const byRef = Object.fromEntries(json.schemes.map((s: { ref: string }) => [s.ref, s]));
    expect(byRef.A1).toMatchObject({ organisation: "Arden", sha: "Q34", status: "unchanged", matchedBy: "ref", ragBefore: "green", ragAfter: "green" });
    expect(byRef.A1.after).toEqual({ "2011-12": 1500, "2012-13": 2000, "2013-14": 3000, "2014-15": 4000, total: 10500 });
    expect(byRef.B2).toMatchObject({ status: "changed", matchedBy: "name", ragBefore: "amber", ragAfter: "red" });
    expect(byRef.A3).toMatchObject({ status: "dropped", matchedBy: null, after: null, before: { total: 500 } });
    expect(byRef.A4).toMatchObject({ status: "new", before: null, after: { total: 200 } });
    expect(json.national).toEqual({ before: 17500, after: 17200, new: 200, dropped: 500, changed: 0 });
    expect(json.organisations[0]).toMatchObject({ name: "Arden", sha: "Q34", before: 17500, after: 17200, planRagBefore: expect.any(String), planRagAfter: expect.any(String) });
    expect(json.shas[0]).toMatchObject({ code: "Q34", name: "West Midlands", new: 200, dropped: 500 });
    expect(json.ragMigration.amber.red).toBe(1);
    expect(json.ragMigration.green.green).toBe(1);
    expect(json.exceptions).toEqual([
      expect.objectContaining({
        organisation: "Arden", ref: "B2", name: "Emergency admissions", reasons: ["deteriorated", "forecast-below-plan", "red"],
        valueAtRisk: 6500, rag: "red", lead: "K Patel", risks: "Activity over plan", sheet: "Arden", cell: "D5",
        message: expect.stringContaining("forecast is 63% of plan"),
      }),
    ]);
  });

  it("writes a copy of the later version with QIPP Changes and QIPP Exceptions, linked to its cells; inputs untouched", async () => {
    const original = readFileSync(after);
    const out = join(dir, "changes.xlsx");
    const r = await cli("compare", before, after, "--out", out);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("before + new − dropped + changed = after");
    expect(readFileSync(after).equals(original)).toBe(true);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    expect(wb.worksheets.map((w) => w.name)).toEqual(["Arden", "QIPP Changes", "QIPP Exceptions"]);
    const changes = wb.getWorksheet("QIPP Changes")!;
    expect(isAddinSheet(changes.getCell("A2").value)).toBe(true);
    const values = Array.from(changes.getSheetValues(), (row) => (Array.isArray(row) ? row.slice(1) : []));
    const telehealth = values.find((row) => row[3] === "A4")!;
    expect(telehealth.slice(0, 6)).toEqual(["Scheme", "Arden", "Q34", "A4", "Telehealth", "new"]);
    // Links inside the workbook are <hyperlink location=...> (ExcelJS reads only r:id links), so read the parts.
    const parts = unzipSync(readFileSync(out));
    const locations = Object.entries(parts)
      .filter(([name]) => name.startsWith("xl/worksheets/"))
      .flatMap(([, bytes]) => Array.from(strFromU8(bytes).matchAll(/location="([^"]+)"/g), (m) => m[1].replace(/&apos;/g, "'")));
    expect(locations).toContain("'Arden'!D5");
  });

  it("reads both versions with the --rules pack: its thresholds decide the exceptions", async () => {
    const pack = structuredClone(defaultPack());
    pack.parameters.exceptions = { ...pack.parameters.exceptions, forecastBelowPlanPercent: 50, savingsReducedOver: 100 };
    const packFile = join(dir, "pack.json");
    writeFileSync(packFile, JSON.stringify(pack));
    const r = await cli("compare", before, after, "--rules", packFile, "--out", join(dir, "ruled.xlsx"), "--json");
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).exceptions.map((e: { reasons: string[] }) => e.reasons)).toEqual([["deteriorated", "red"]]);
  });

  it("needs two files, never overwrites an input, and a missing file is exit 2 with a reason", async () => {
    expect((await cli("compare", before)).code).toBe(2);
    const copy = join(dir, "copy.xlsx");
    copyFileSync(after, copy);
    const same = await cli("compare", before, copy, "--out", copy);
    expect(same).toMatchObject({ code: 2, stderr: expect.stringContaining("never overwritten") });
    const missing = await cli("compare", join(dir, "nope.xlsx"), after);
    expect(missing).toMatchObject({ code: 2, stderr: expect.stringContaining("no such file") });
    writeFileSync(join(dir, "not.xlsx"), "hello");
    expect((await cli("compare", join(dir, "not.xlsx"), after)).code).toBe(2);
  });

  it("runs over the bundled sample and its earlier version, exit 1 for the sample's error findings", async () => {
    const r = await cli("compare", join(SAMPLES, "sha-workbook-earlier.xlsx"), join(SAMPLES, "sha-workbook.xlsx"), "--out", join(dir, "sample.xlsx"), "--json");
    expect(r.code).toBe(1);
    const json = JSON.parse(r.stdout);
    const n = json.national;
    expect(Math.round((n.before + n.new - n.dropped + n.changed) * 100_000)).toBe(Math.round(n.after * 100_000));
    for (const status of ["new", "dropped", "changed", "unchanged"]) expect(json.schemes.some((s: { status: string }) => s.status === status)).toBe(true);
  });
});
