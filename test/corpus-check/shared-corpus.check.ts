import { createHash } from "node:crypto";
import { existsSync, mkdtempSync, readdirSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { runCli as cli } from "../support/run-cli";
import { OUTPUT_SHEET_NAMES } from "../../src/core/report/model";
import { openSpreadsheetFile } from "../../src/host/files/node";
import { outputProblems, type WrittenOutput } from "../support/output-checks";
import { READ_AS, REFUSED } from "./expected";

// In CI the repository is cloned with shared/ beside it; from a worktree ../shared resolves the same way.
const corpus = resolve(__dirname, "../..", "../shared/corpus");
const ownCorpus = resolve(__dirname, "../corpus");
const dir = mkdtempSync(join(tmpdir(), "qipp-shared-corpus-"));
const sha = (path: string) => createHash("sha256").update(readFileSync(path)).digest("hex");
const INTERNALS = /Cannot read properties|undefined|NaN|TypeError|RangeError|This is a bug/;

jest.setTimeout(600_000);

describe("every file in ../shared/corpus ends as origins.txt and expected.ts say", () => {
  it("finds the shared corpus", () => {
    const present = existsSync(join(corpus, "origins.txt"));
    const hint = "the shared corpus must sit beside the repository, at ../shared/corpus with its origins.txt (CI clones shared/ next to the repo)";
    expect({ corpus, present, hint }).toEqual({ corpus, present: true, hint });
  });
  const shared = existsSync(corpus) ? readdirSync(corpus).filter((f) => f !== "origins.txt").sort().map((f) => [f, join(corpus, f)]) : [];
  // The repository's own real files too (calamine's and XlsxWriter's test files, one written by LibreOffice).
  const local = readdirSync(ownCorpus, { withFileTypes: true }).filter((d) => d.isDirectory()).flatMap((d) => readdirSync(join(ownCorpus, d.name)).map((f) => [`${d.name}/${f}`, join(ownCorpus, d.name, f)]));
  const files = [...shared, ...local];
  const written: WrittenOutput[] = [];

  it.each(files)("%s", async (name, file) => {
    const before = sha(file);
    const ooxml = /\.(xlsx|xlsm)$/i.test(name) && !name.startsWith("hostile__ods");
    const out = join(dir, `${name.replace("/", "__")}.qipp${/\.xlsm$/i.test(name) ? ".xlsm" : ".xlsx"}`);
    // SheetJS's warnings go to the console, not to main()'s stderr: any that leak are caught here.
    const consoleCalls = (["log", "info", "warn", "error", "debug"] as const).map((m) => jest.spyOn(console, m).mockImplementation(() => undefined));
    const v = await cli("validate", file, "--json");
    const r = await cli("rollup", file, "--json", "--out", out);
    const leaked = consoleCalls.flatMap((spy) => spy.mock.calls.map((c) => String(c[0])));
    consoleCalls.forEach((spy) => spy.mockRestore());
    expect({ name, leaked }).toEqual({ name, leaked: [] });
    expect(sha(file)).toBe(before);
    const refused = REFUSED[name];
    for (const run of [v, r]) {
      if (refused) {
        expect({ name, code: run.code, stdout: run.stdout }).toEqual({ name, code: 2, stdout: "" });
        expect(run.stderr).toMatch(/^qipp: [^\n]+\n$/);
        expect(run.stderr).toMatch(refused);
      } else {
        // Reads and writes agree, and a run that succeeds prints nothing on stderr (no SheetJS warnings).
        expect({ name, code: [0, 1].includes(run.code), stderr: run.stderr }).toEqual({ name, code: true, stderr: "" });
        expect(() => JSON.parse(run.stdout)).not.toThrow();
      }
      expect(run.stderr).not.toMatch(INTERNALS);
    }
    if (READ_AS[name]) expect((await openSpreadsheetFile(file)).sheets.map((s) => s.name)).toEqual(READ_AS[name]);
    if (!refused) written.push({ label: name, output: out, input: ooxml ? file : undefined, added: [...OUTPUT_SHEET_NAMES] });
  });

  it("every workbook written passes the four checks: namespace-aware parse, LibreOffice, openpyxl, other parts byte-identical", async () => {
    expect(written.length).toBe(files.length - Object.keys(REFUSED).length);
    const problems = await outputProblems(written);
    expect(Object.entries(problems).filter(([, p]) => p.length)).toEqual([]);
    expect(Object.keys(problems).length).toBe(written.length);
  });
});
