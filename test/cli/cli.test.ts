import ExcelJS from "exceljs";
import { mkdtempSync, readFileSync, writeFileSync, existsSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { runCli as cli } from "../support/run-cli";
import { defaultPack } from "../../src/core/rules/load";

const dir = mkdtempSync(join(tmpdir(), "qipp-cli-"));

async function planFile(name: string, rows: unknown[][], sheet = "Arden"): Promise<string> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(sheet);
  ws.addRow(["Organisation:", sheet]);
  ws.addRow(["Ref", "Scheme name", "Workstream", "RAG", "2011/12", "2012/13", "2013/14", "2014/15"]);
  rows.forEach((r) => ws.addRow(r));
  const path = join(dir, name);
  await wb.xlsx.writeFile(path);
  return path;
}

describe("qipp command line", () => {
  let clean: string, dirty: string;
  beforeAll(async () => {
    clean = await planFile("clean.xlsx", [["A1", "One", "Right Care", "G", 1.5, 2, 3, 4], ["A2", "=HYPERLINK(\"http://x\")", "Safe Care", "A", 1, 1, 1, 1]]);
    dirty = await planFile("dirty.xlsx", [["B1", "One", "Misc", "G", "tbc", 2, 3, 4]], "Black Country");
  });

  it("prints help and exits 0", async () => {
    const r = await cli("--help");
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("qipp validate FILE...");
  });

  it("validate exits 0 on a clean plan and 1 with error findings, as JSON", async () => {
    expect((await cli("validate", clean)).code).toBe(0);
    const r = await cli("validate", dirty, "--json");
    expect(r.code).toBe(1);
    const json = JSON.parse(r.stdout);
    expect(json.pack).toEqual({ name: defaultPack().name, version: defaultPack().version });
    expect(json.summary).toMatchObject({ errors: 2, schemes: 1, plans: 1 });
    expect(json.findings.map((f: { cell: string; rule: string }) => `${f.rule}@${f.cell}`)).toEqual(["code-list@C3", "not-a-number@E3", "qia-no-column@A2"]);
    expect(Object.keys(json.findings[0])).toEqual(expect.arrayContaining(["rule", "severity", "sheet", "cell", "field", "value", "message"]));
  });

  it("exits 2 with a one-line reason for unusable input", async () => {
    const notXlsx = join(dir, "notes.xlsx");
    writeFileSync(notXlsx, "just text");
    const badPack = join(dir, "bad.json");
    writeFileSync(badPack, JSON.stringify({ ...defaultPack(), years: "2011-12" }));
    for (const args of [["validate", join(dir, "missing.xlsx")], ["validate", notXlsx], ["validate", clean, "--rules", badPack], ["frobnicate", clean], ["rollup", clean, "--out", clean]]) {
      const r = await cli(...args);
      expect(r.code).toBe(2);
      expect(r.stderr.trim().split("\n")).toHaveLength(1);
    }
    expect((await cli("validate", clean, "--rules", badPack)).stderr).toContain("years");
  });

  it("rollup writes a copy with the four sheets, leaves the input alone, and re-running replaces only its own sheets", async () => {
    const before = readFileSync(clean);
    const out = join(dir, "result.xlsx");
    const r = await cli("rollup", clean, dirty, "--out", out, "--json");
    expect(r.code).toBe(1);
    expect(readFileSync(clean).equals(before)).toBe(true);
    const json = JSON.parse(r.stdout);
    expect(json.years).toEqual(["2011-12", "2012-13", "2013-14", "2014-15"]);
    expect(json.national.savings.total).toBe(23.5);
    expect(json.shas.map((s: { code: string }) => s.code)).toEqual(["Q34"]);
    const names = async (path: string) => {
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.readFile(path);
      return wb;
    };
    const first = await names(out);
    expect(first.worksheets.map((w) => w.name)).toEqual(["Arden", "QIPP Validation", "QIPP Rollup", "QIPP RAG Summary", "QIPP Submission", "QIPP Exceptions", "QIPP Report Card", "QIPP Delivery"]);
    const again = join(dir, "again.xlsx");
    expect((await cli("rollup", out, "--out", again)).code).toBe(0);
    const second = await names(again);
    expect(second.worksheets.map((w) => w.name)).toEqual(first.worksheets.map((w) => w.name));
    const arden = second.getWorksheet("Arden")!;
    expect(arden.getCell("B4").value).toBe("=HYPERLINK(\"http://x\")");
    expect(existsSync(join(dir, "clean.qipp.xlsx"))).toBe(false);
  });
});
