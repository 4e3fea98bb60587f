import ExcelJS from "exceljs";
import { excelNumber } from "../../src/host/fake-excel/model/excel-number";
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, existsSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { main } from "../../src/cli/main";
import { OUTPUT_SHEET_NAMES } from "../../src/core/report/model";
import { createNodeFakeExcel } from "../../src/host/fake-excel/node";
import { OfficeWorkbook } from "../../src/host/office/workbook";
import { createQippService } from "../../src/app/service";
import { outputProblems } from "../support/output-checks";

jest.setTimeout(120_000);
const SAMPLE = join(__dirname, "../../samples/sha-workbook.xlsx");
const dir = mkdtempSync(join(tmpdir(), "qipp-rt-"));
const sink = (into: string[]) => ({ write: (s: string) => (into.push(s), true) }) as never;

async function load(path: string | Buffer): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  if (typeof path === "string") await wb.xlsx.readFile(path);
  else await wb.xlsx.load(path as unknown as ExcelJS.Buffer);
  return wb;
}

/**
 * Sheet values without the time stamp line (A2), which differs between runs by design. A total's formula
 * reads as "=SUM(...)" (to compare formulas) or as its cached result (to compare figures; ExcelJS reads a cached 0 as none).
 * Numbers as Excel holds them (15 significant digits): the file keeps the double, and Excel rounds it when it opens the file.
 */
function sheetValues(ws: ExcelJS.Worksheet, formulas: "text" | "result" = "result"): unknown[][] {
  const rows: unknown[][] = [];
  const plain = (v: unknown) => {
    if (v && typeof v === "object" && "formula" in v) return formulas === "text" ? `=${(v as { formula: string }).formula}` : ((v as { result?: unknown }).result ?? 0);
    if (typeof v === "number") return excelNumber(v);
    return v && typeof v === "object" && "text" in v ? (v as { text: unknown }).text : v;
  };
  ws.eachRow({ includeEmpty: true }, (row, n) => {
    const values = (row.values as unknown[]).slice(1).map(plain);
    rows.push(n === 2 ? [] : values);
  });
  return rows;
}

describe("the same workbook through Excel (emulated) and through the CLI", () => {
  let cliOut: ExcelJS.Workbook;
  let json: { organisations: { name: string; savings: Record<string, number>; schemes: number; planRag: string }[]; shas: { name: string; savings: Record<string, number>; shareOfBudget: number | null }[]; national: { savings: Record<string, number> } };

  beforeAll(async () => {
    const out = join(dir, "cli.xlsx");
    const stdout: string[] = [];
    expect(await main(["rollup", SAMPLE, "--out", out, "--json"], sink(stdout), sink([]))).toBe(1);
    json = JSON.parse(stdout.join(""));
    cliOut = await load(out);
  });

  it("writes the same four sheets, cell for cell, from Validate and Build rollups in the Office.js host", async () => {
    const emulator = createNodeFakeExcel(await load(SAMPLE));
    const service = createQippService(new OfficeWorkbook(emulator.run, { cellEditRetryMs: 0, name: "sha-workbook.xlsx" }));
    const validated = await service.validate();
    expect(validated.ok && validated.value.summary.schemes).toBe(271);
    const built = await service.buildRollups();
    expect(built.ok && built.value.written).toEqual([...OUTPUT_SHEET_NAMES]);
    const exported = await load(Buffer.from(await emulator.workbook.xlsx.writeBuffer()));
    expect(exported.worksheets.map((w) => w.name)).toEqual(cliOut.worksheets.map((w) => w.name));
    for (const name of OUTPUT_SHEET_NAMES) expect(sheetValues(exported.getWorksheet(name)!, "text")).toEqual(sheetValues(cliOut.getWorksheet(name)!, "text"));
  });

  it("writes sheets whose figures are the JSON's, cell by cell", () => {
    const rollup = cliOut.getWorksheet("QIPP Rollup")!;
    const header = sheetValues(rollup).findIndex((r) => r[1] === "Name");
    const cols = sheetValues(rollup)[header] as string[];
    const rows = sheetValues(rollup).slice(header + 1);
    const rowOf = (level: string, name: string) => rows.find((r) => r[0] === level && r[1] === name)!;
    const years = ["2011-12", "2012-13", "2013-14", "2014-15", "Total"];
    const check = (row: unknown[], savings: Record<string, number>) => {
      for (const y of years) expect(row[cols.indexOf(y)]).toBe(savings[y === "Total" ? "total" : y]);
    };
    for (const org of json.organisations) check(rowOf("Organisation", org.name), org.savings);
    for (const sha of json.shas) check(rowOf("SHA", sha.name), sha.savings);
    // One SHA's workbook: its SHA row is the national total, and no England row repeats it.
    expect(json.shas).toHaveLength(1);
    check(rowOf("SHA", json.shas[0].name), json.national.savings);
    expect(rows.some((r) => r[0] === "England")).toBe(false);

    const submission = sheetValues(cliOut.getWorksheet("QIPP Submission")!);
    expect(submission.some((r) => String(r[0]).startsWith("Not ready:"))).toBe(true);
    for (const org of json.organisations) {
      const row = submission.find((r) => r[1] === org.name)!;
      expect(row[2]).toBe(org.schemes);
      expect(row[7]).toBe(org.savings.total);
      expect(String(row[11]).toLowerCase()).toBe(org.planRag);
    }
  });

  it("passes the output checks: namespace-aware parse, openpyxl, other parts byte-identical (LibreOffice: the next test)", async () => {
    const problems = await outputProblems([{ label: "cli.xlsx", output: join(dir, "cli.xlsx"), input: SAMPLE, added: [...OUTPUT_SHEET_NAMES] }], { libreOffice: "done by the caller" });
    expect(problems).toEqual({ "cli.xlsx": [] });
  });

  it("opens in LibreOffice, which reads back the same figures", () => {
    expect(existsSync("/usr/bin/soffice") || (() => { throw new Error("LibreOffice not found: apt-get install libreoffice-calc-nogui"); })()).toBe(true);
    const profile = mkdtempSync(join(tmpdir(), "lo-profile-"));
    execFileSync("soffice", [`-env:UserInstallation=file://${profile}`, "--headless", "--convert-to", "xlsx", "--outdir", join(dir, "lo"), join(dir, "cli.xlsx")], { stdio: "pipe", timeout: 90_000 });
    return load(readFileSync(join(dir, "lo", "cli.xlsx"))).then((lo) => {
      for (const name of OUTPUT_SHEET_NAMES) expect(sheetValues(lo.getWorksheet(name)!).filter((r) => r.length).length).toBe(sheetValues(cliOut.getWorksheet(name)!).filter((r) => r.length).length);
      const row = sheetValues(lo.getWorksheet("QIPP Rollup")!).find((r) => r[0] === "SHA")!; // the single SHA's return
      expect(row).toContain(json.national.savings.total);
    });
  });
});
