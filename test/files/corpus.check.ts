import { createHash } from "node:crypto";
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { runCli as cli } from "../support/run-cli";
import { hostileFiles } from "./hostile-files";

const corpus = join(__dirname, "../corpus");
const dir = mkdtempSync(join(tmpdir(), "qipp-corpus-"));
const sha = (path: string) => createHash("sha256").update(readFileSync(path)).digest("hex");

function files(): string[] {
  const real = readdirSync(corpus, { withFileTypes: true }).filter((d) => d.isDirectory()).flatMap((d) => readdirSync(join(corpus, d.name)).map((f) => join(corpus, d.name, f)));
  const made = Object.entries(hostileFiles()).map(([name, bytes]) => {
    const path = join(dir, name);
    writeFileSync(path, bytes);
    return path;
  });
  return [...real, ...made];
}

/** Exit 0 or 1 with JSON on stdout, or exit 2 with one line on stderr; never anything else. */
function expectOutcome(r: { code: number; stdout: string; stderr: string }, file: string) {
  expect({ file, code: [0, 1, 2].includes(r.code) }).toEqual({ file, code: true });
  if (r.code === 2) {
    expect(r.stdout).toBe("");
    expect(r.stderr).toMatch(/^qipp: [^\n]+\n$/);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  } else {
    expect(() => JSON.parse(r.stdout)).not.toThrow();
  }
}

jest.setTimeout(120_000);

describe("every file in the corpus (real-world test files and hostile ones made here)", () => {
  const all = files();

  it.each(all.map((f) => [f.slice(f.lastIndexOf("/") + 1), f]))("%s: validate and rollup end in 0, 1 or 2 with JSON or one line, and leave the input as it was", async (_name, file) => {
    const before = sha(file);
    const v = await cli("validate", file, "--json");
    expectOutcome(v, file);
    const r = await cli("rollup", file, "--json", "--out", join(dir, `out-${_name}.xlsx`));
    expectOutcome(r, file);
    expect(r.code === 2).toBe(v.code === 2);
    expect(sha(file)).toBe(before);
  });

  it("never reads a workbook as clean when it is not one", async () => {
    const reasons: Record<string, RegExp> = {
      "empty.xlsx": /empty file/, "random-bytes.xlsx": /not a spreadsheet/, "truncated.xlsx": /not a readable zip/,
      "zip-of-notes.xlsx": /no workbook in it/, "pass_protected.xlsx": /encrypted by Excel, which qipp cannot read/,
      "pass_protected.ods": /encrypted/, "zip-bomb.xlsx": /too large/, "pdf.xls": /not a spreadsheet/,
    };
    for (const [name, reason] of Object.entries(reasons)) {
      const file = all.find((f) => f.endsWith(`/${name}`))!;
      const r = await cli("validate", file);
      expect({ name, code: r.code }).toEqual({ name, code: 2 });
      expect(r.stderr).toMatch(reason);
    }
    const noPlan = await cli("validate", all.find((f) => f.endsWith("/no-plan.xlsx"))!, "--json");
    expect(noPlan.code).toBe(1);
    expect(JSON.parse(noPlan.stdout).findings).toEqual(expect.arrayContaining([expect.objectContaining({ rule: "no-plan", severity: "error", message: expect.stringContaining("No plan found in no-plan.xlsx") })]));
  });

  it("reads the plan past a stray cell at XFD1048576, beside 100k merges, and from CSV", async () => {
    for (const name of ["plan.xlsx", "100k-merges.xlsx", "plan.csv"]) {
      const r = await cli("validate", all.find((f) => f.endsWith(`/${name}`))!, "--json");
      const json = JSON.parse(r.stdout);
      expect({ name, plans: json.summary.plans, schemes: json.summary.schemes, errors: json.summary.errors }).toEqual({ name, plans: 1, schemes: 2, errors: 0 });
    }
    // The stray cell is a row of its own at the bottom of the sheet: findings there, the two schemes read whole.
    const stray = JSON.parse((await cli("validate", all.find((f) => f.endsWith("/stray-xfd1048576.xlsx"))!, "--json")).stdout);
    expect(stray.summary.plans).toBe(1);
    // Notes (the plan has no QIA column) aside, every finding is on the stray cell's row.
    const problems = stray.findings.filter((f: { severity: string }) => f.severity !== "info");
    expect(problems.length).toBeGreaterThan(0);
    for (const f of problems) expect(f.cell).toMatch(/1048576$/);
  });
});
