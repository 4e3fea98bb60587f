import ExcelJS from "exceljs";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { runCli as cli } from "../support/run-cli";
import { OUTPUT_SHEET_NAMES } from "../../src/core/report/model";
import { CHANGES_SHEET } from "../../src/core/report/changes-sheet";
import { outputProblems, type WrittenOutput } from "../support/output-checks";

// Every way the command line writes a workbook, through the four output checks (test/support/output-checks.ts):
// a namespace-aware parse of each changed or added part, LibreOffice opening it, openpyxl listing the new
// sheets, every other part byte-identical (.xlsm files from real producers: test/corpus-check). The unit tests in test/cli check the figures; this checks the files.
const dir = mkdtempSync(join(tmpdir(), "qipp-cli-outputs-"));
const SAMPLES = join(__dirname, "..", "..", "samples");
const ROLLUP = [...OUTPUT_SHEET_NAMES];

async function planFile(name: string, rows: unknown[][]): Promise<string> {
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet("Cover").addRow(["Prepared by", "Ann Clerk"]);
  const ws = wb.addWorksheet("Arden");
  ws.addRow(["Organisation:", "Arden"]);
  ws.addRow(["Ref", "Scheme name", "Workstream", "RAG", "2011/12", "2012/13", "2013/14", "2014/15", "Risks", "Lead"]);
  rows.forEach((r) => ws.addRow(r));
  const path = join(dir, name);
  await wb.xlsx.writeFile(path);
  return path;
}

describe("every workbook the command line writes opens everywhere", () => {
  it("rollup, rollup again over its own output, rollup with a submission CSV, compare of two and three versions", async () => {
    const june = await planFile("june.xlsx", [["A1", "Care homes", "Right Care", "G", 150, 200, 300, 400, "", "J Smith"], ["A2", "Admissions", "Urgent Care", "R", 650, 0, 0, 0, "Activity over plan", "K Patel"]]);
    const july = await planFile("july.xlsx", [["A1", "Care homes", "Right Care", "A", 150, 200, 300, 400, "", "J Smith"], ["A3", "Telehealth", "Long Term Conditions", "G", 100, 100, 0, 0, "", "M Lee"]]);
    const august = await planFile("august.xlsx", [["A1", "Care homes", "Right Care", "R", 100, 200, 300, 400, "Slipped", "J Smith"]]);
    const runs: { args: string[]; output: WrittenOutput }[] = [
      { args: ["rollup", join(SAMPLES, "sha-workbook.xlsx"), "--out", join(dir, "sha.xlsx")], output: { label: "rollup", output: join(dir, "sha.xlsx"), input: join(SAMPLES, "sha-workbook.xlsx"), added: ROLLUP } },
      { args: ["rollup", join(dir, "sha.xlsx"), "--out", join(dir, "sha-again.xlsx")], output: { label: "rollup over its own output", output: join(dir, "sha-again.xlsx"), input: join(dir, "sha.xlsx"), added: ROLLUP, replaced: ROLLUP } },
      { args: ["rollup", june, "--out", join(dir, "june.qipp.xlsx"), "--submission-csv", join(dir, "june.csv")], output: { label: "rollup with a submission CSV", output: join(dir, "june.qipp.xlsx"), input: june, added: ROLLUP } },
      { args: ["compare", june, july, "--out", join(dir, "compare.xlsx")], output: { label: "compare", output: join(dir, "compare.xlsx"), input: july, added: [CHANGES_SHEET] } },
      { args: ["compare", june, july, august, "--out", join(dir, "series.xlsx")], output: { label: "compare of three", output: join(dir, "series.xlsx"), input: august, added: [CHANGES_SHEET] } },
    ];
    for (const run of runs) {
      const r = await cli(...run.args);
      expect({ label: run.output.label, code: r.code <= 1 ? "written" : r.code, stderr: r.stderr }).toEqual({ label: run.output.label, code: "written", stderr: "" });
    }
    const problems = await outputProblems(runs.map((r) => r.output));
    expect(Object.keys(problems)).toHaveLength(runs.length); // every output was checked
    expect(problems).toEqual(Object.fromEntries(runs.map((r) => [r.output.label, []])));
  }, 240_000);
});
