import { execFile } from "node:child_process";
import { readFileSync } from "node:fs";
import { promisify } from "node:util";
import { SaxesParser } from "saxes";
import { nodeCodec } from "../../src/host/files/node-codec";
import { readWorkbookParts } from "../../src/host/files/ooxml-parts";
import { parseRels, relsPathOf, resolveTarget } from "../../src/host/files/rels";
import { ZipPackage } from "../../src/host/files/zip-read";
import { convertWithLibreOffice } from "./libreoffice-convert";

const run = promisify(execFile);
export const OPENPYXL_MISSING = "openpyxl not found: apt-get install python3-openpyxl (Debian's package; .ci/run installs it)";

/** One workbook a test wrote: the input it started from (an OOXML package, or undefined for a new one) and the sheets it added. */
export interface WrittenOutput {
  label: string;
  output: string;
  input?: string;
  added: string[];
  /** The add-in's earlier output sheets in the input that the output replaces: their parts may go. */
  replaced?: string[];
}

const open = (path: string) => new ZipPackage(new Uint8Array(readFileSync(path)), nodeCodec);
const same = (a: Uint8Array, b: Uint8Array) => Buffer.compare(Buffer.from(a), Buffer.from(b)) === 0;

/** XML namespace errors and well-formedness errors, as saxes (xmlns: true) reports them. */
export function xmlErrors(xml: string): string[] {
  const errors: string[] = [];
  const parser = new SaxesParser({ xmlns: true });
  parser.on("error", (e) => errors.push(e.message));
  parser.write(xml).close();
  return errors;
}

/** The parts a rollup may change to list its sheets: the workbook part, its relationships, content types, its styles. */
function mayChange(zip: ZipPackage): Set<string> {
  const parts = readWorkbookParts(zip);
  const rels = relsPathOf(parts.workbookPath);
  const styles = parseRels(zip.text(rels)).filter((r) => /\/styles$/.test(r.type)).map((r) => resolveTarget(parts.workbookPath, r.target));
  return new Set([parts.workbookPath, rels, "[Content_Types].xml", ...styles].map((p) => p.toLowerCase()));
}

/** The parts of the add-in's earlier sheets that a rebuild replaces: each sheet, its relationships and what they point at (its table). */
function replacedParts(zip: ZipPackage, names: string[]): string[] {
  const out: string[] = [];
  for (const sheet of readWorkbookParts(zip).sheets) {
    if (!names.includes(sheet.name) || !sheet.path) continue;
    const rels = relsPathOf(sheet.path);
    out.push(sheet.path, rels);
    if (zip.has(rels)) for (const r of parseRels(zip.text(rels)!)) if (!r.external) out.push(resolveTarget(sheet.path, r.target));
  }
  return out.map((p) => p.toLowerCase());
}

/** (a) every changed or added XML part parses namespace-aware; (d) every other input part is there byte for byte. Problems, in words. */
export function packageProblems(o: WrittenOutput): string[] {
  const after = open(o.output);
  const problems: string[] = [];
  const before = o.input ? open(o.input) : undefined;
  if (before) {
    const allowed = new Set([...mayChange(before), ...replacedParts(before, o.replaced ?? [])]);
    for (const entry of before.entries) {
      const copy = after.entry(entry.name);
      if (!copy && allowed.has(entry.name.toLowerCase())) continue;
      if (!copy) problems.push(`${entry.name} is missing`);
      else if (!allowed.has(entry.name.toLowerCase()) && !same(before.read(entry.name)!, after.read(entry.name)!)) problems.push(`${entry.name} changed`);
    }
  }
  for (const entry of after.entries) {
    const original = before?.entry(entry.name);
    if (original && same(before!.read(entry.name)!, after.read(entry.name)!)) continue;
    if (!/\.(xml|rels|vml)$/i.test(entry.name)) continue;
    for (const e of xmlErrors(after.text(entry.name)!)) problems.push(`${entry.name}: ${e}`);
  }
  return problems;
}

/** The Python with openpyxl: Debian's /usr/bin/python3 first (a pyenv or venv python3 on PATH may lack it). */
async function pythonWithOpenpyxl(): Promise<string> {
  for (const python of ["/usr/bin/python3", "python3"]) {
    try {
      await run(python, ["-c", "import openpyxl"]);
      return python;
    } catch {
      // try the next
    }
  }
  throw new Error(OPENPYXL_MISSING);
}

/** (c) openpyxl's sheet names for each file, in one Python run; an error in words for a file it refuses. */
export async function openpyxlSheetNames(paths: string[]): Promise<Map<string, string[] | string>> {
  const python = await pythonWithOpenpyxl();
  const script = "import json,sys,openpyxl\nout={}\nfor p in sys.argv[1:]:\n  try:\n    out[p]=openpyxl.load_workbook(p,read_only=True,keep_vba=False).sheetnames\n  except Exception as e:\n    out[p]=type(e).__name__+': '+str(e)\nprint(json.dumps(out))";
  const { stdout } = await run(python, ["-c", script, ...paths], { maxBuffer: 16 * 1024 * 1024, timeout: 300_000 });
  return new Map(Object.entries(JSON.parse(stdout) as Record<string, string[] | string>));
}

/**
 * The four checks on every .xlsx/.xlsm a test writes: (a) namespace-aware parse of changed and added
 * parts, (b) LibreOffice opens it (one soffice run over all of them) with the added sheets, (c) openpyxl
 * lists the added sheets, (d) every other part byte-identical. Returns every problem, in words, per file.
 */
export async function outputProblems(outputs: WrittenOutput[], opts: { libreOffice?: "here" | "done by the caller" } = {}): Promise<Record<string, string[]>> {
  const result: Record<string, string[]> = {};
  for (const o of outputs) result[o.label] = packageProblems(o);
  const inputs = outputs.flatMap((o) => (o.input ? [o.input] : []));
  const names = await openpyxlSheetNames([...new Set([...outputs.map((o) => o.output), ...inputs])]);
  const files = outputs.map((o, i) => ({ name: `${i}-${o.output.endsWith(".xlsm") ? "book.xlsm" : "book.xlsx"}`, bytes: new Uint8Array(readFileSync(o.output)) }));
  const resaved = opts.libreOffice === "done by the caller" ? undefined : await convertWithLibreOffice(files, "xlsx");
  outputs.forEach((o, i) => {
    const listed = names.get(o.output);
    // openpyxl 3.0 reads no Strict OOXML sheet at all (it lists none of the user's): ours must then fare the same, no better, no worse.
    // The user's sheets that exist (a dangling relationship, as in tealeg's badfile_*, is no sheet to any reader).
    const zip = o.input ? open(o.input) : undefined;
    const own = zip ? readWorkbookParts(zip).sheets.filter((s) => s.path && zip.has(s.path)).map((s) => s.name) : [];
    const before = o.input ? names.get(o.input) : own;
    const reads = Array.isArray(before) && own.every((s) => before.includes(s));
    const expected = reads ? [...own, ...o.added] : Array.isArray(before) ? before : [];
    if (!Array.isArray(listed)) result[o.label].push(`openpyxl refuses it: ${listed}`);
    else for (const s of expected) if (!listed.includes(s)) result[o.label].push(`openpyxl does not list ${s}`);
    if (!reads && Array.isArray(listed) && listed.some((s) => o.added.includes(s))) result[o.label].push("openpyxl lists our sheets but not the user's");
    if (!resaved) return;
    const bytes = resaved.get(files[i].name);
    if (!bytes) return void result[o.label].push("LibreOffice could not open it");
    const lo = readWorkbookParts(new ZipPackage(new Uint8Array(bytes), nodeCodec)).sheets.map((s) => s.name);
    for (const s of o.added) if (!lo.includes(s)) result[o.label].push(`LibreOffice does not show ${s}`);
  });
  return result;
}
