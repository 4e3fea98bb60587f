import { copyFileSync, existsSync, mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";
import { SaxesParser } from "saxes";
import { main } from "../../src/cli/main";
import { OUTPUT_SHEET_NAMES } from "../../src/core/report/model";
import { nodeCodec } from "../../src/host/files/node-codec";
import { readWorkbookParts } from "../../src/host/files/ooxml-parts";
import { relsPathOf } from "../../src/host/files/rels";
import { ZipPackage } from "../../src/host/files/zip-read";
import { outputProblems } from "../support/output-checks";

jest.setTimeout(300_000);

const corpus = join(__dirname, "../corpus");
const dir = mkdtempSync(join(tmpdir(), "qipp-roundtrip-"));
const BOOKS: Record<string, string> = {
  chart: "xlsxwriter/chart_area01.xlsx",
  comments: "xlsxwriter/comment01.xlsx",
  "data validation": "xlsxwriter/data_validation01.xlsx",
  "conditional formats": "xlsxwriter/cond_format01.xlsx",
  "defined names": "xlsxwriter/defined_name01.xlsx",
  "macros (.xlsm)": "xlsxwriter/macro01.xlsm",
  "pivot table and cache": "calamine/pivots.xlsx",
  "VBA project (.xlsm)": "calamine/vba.xlsm",
};

async function rollup(input: string, out?: string) {
  let stderr = "";
  const args = ["rollup", input, "--json", ...(out ? ["--out", out] : [])];
  const code = await main(args, { write: () => true } as never, { write: (s: string) => ((stderr += s), true) } as never);
  expect({ input, stderr, code: code === 2 ? 2 : "0 or 1" }).toEqual({ input, stderr: "", code: "0 or 1" });
}

const open = (path: string) => new ZipPackage(new Uint8Array(readFileSync(path)), nodeCodec);

/** The parts that must change to list the new sheets; every other original part stays byte for byte. */
function mayChange(zip: ZipPackage): Set<string> {
  const parts = readWorkbookParts(zip);
  return new Set([parts.workbookPath, relsPathOf(parts.workbookPath), "[Content_Types].xml", "xl/styles.xml", "docProps/app.xml"].map((p) => p.toLowerCase()));
}

function expectWellFormed(name: string, xml: string) {
  const errors: string[] = [];
  const parser = new SaxesParser({ xmlns: true });
  parser.on("error", (e) => errors.push(e.message));
  parser.write(xml).close();
  expect({ name, errors }).toEqual({ name, errors: [] });
}

describe("rollup writes the user's package with the add-in's parts added", () => {
  const written = new Map<string, string>();

  it.each(Object.entries(BOOKS))("%s: every original part byte for byte, new parts well-formed, re-run replaces only its own sheets", async (_what, rel) => {
    const input = join(corpus, rel);
    const ext = rel.endsWith(".xlsm") ? ".xlsm" : ".xlsx";
    const out = join(dir, `${basename(rel)}.out${ext}`);
    await rollup(input, out);
    written.set(rel, out);
    const before = open(input);
    const after = open(out);
    const allowed = mayChange(before);
    for (const entry of before.entries) {
      const copy = after.entry(entry.name);
      expect({ part: entry.name, present: copy !== undefined }).toEqual({ part: entry.name, present: true });
      if (allowed.has(entry.name.toLowerCase())) continue;
      expect({ part: entry.name, same: Buffer.compare(Buffer.from(before.read(entry.name)!), Buffer.from(after.read(entry.name)!)) === 0 }).toEqual({ part: entry.name, same: true });
    }
    for (const entry of after.entries) {
      const original = before.entry(entry.name);
      const changed = !original || Buffer.compare(Buffer.from(before.read(entry.name)!), Buffer.from(after.read(entry.name)!)) !== 0;
      if (changed && /\.(xml|rels)$/.test(entry.name)) expectWellFormed(entry.name, after.text(entry.name)!);
    }
    const sheets = readWorkbookParts(after).sheets.map((s) => s.name);
    expect(sheets).toEqual([...readWorkbookParts(before).sheets.map((s) => s.name), ...OUTPUT_SHEET_NAMES]);
    if (ext === ".xlsm") expect(after.read("xl/vbaProject.bin")).toEqual(before.read("xl/vbaProject.bin"));

    const again = join(dir, `${basename(rel)}.again${ext}`);
    await rollup(out, again);
    const third = open(again);
    expect(readWorkbookParts(third).sheets.map((s) => s.name)).toEqual(sheets);
    for (const entry of before.entries) {
      if (allowed.has(entry.name.toLowerCase())) continue;
      expect({ part: entry.name, same: Buffer.compare(Buffer.from(before.read(entry.name)!), Buffer.from(third.read(entry.name)!)) === 0 }).toEqual({ part: entry.name, same: true });
    }
    expect(third.entries.length).toBe(after.entries.length);
  });

  it("an .xlsm input gives an .xlsm output by default, macros and all", async () => {
    const input = join(dir, "macro.xlsm");
    copyFileSync(join(corpus, "xlsxwriter/macro01.xlsm"), input);
    await rollup(input);
    expect(existsSync(join(dir, "macro.qipp.xlsm"))).toBe(true);
    expect(open(join(dir, "macro.qipp.xlsm")).read("xl/vbaProject.bin")).toEqual(open(input).read("xl/vbaProject.bin"));
  });

  it("every output passes the four checks: namespace-aware parse, LibreOffice, openpyxl, other parts byte-identical", async () => {
    expect(written.size).toBe(Object.keys(BOOKS).length);
    const outputs = [...written.entries()].map(([rel, output]) => ({ label: rel, output, input: join(corpus, rel), added: [...OUTPUT_SHEET_NAMES] }));
    const problems = await outputProblems(outputs);
    expect(Object.entries(problems).filter(([, p]) => p.length)).toEqual([]);
    expect(Object.keys(problems)).toHaveLength(outputs.length);
  });
});
