import { basename, dirname, extname, join, resolve } from "node:path";
import { rollupPlans, buildOutputSheets, validateWorkbooks, type ValidationResult } from "../core/pipeline";
import { toRollupJson } from "../core/rollup";
import { parseCliArgs, USAGE, type CliArgs } from "./args";
import { failureLine } from "./failure";
import { runCompare } from "./compare";
import { InputError, loadPackFile, loadWorkbook } from "./inputs";
import { outputExtensionOf, writeOutputWorkbook, writeTextFile } from "./output";
import { submissionCsv } from "../core/report/submission-csv";
import { printFindings, printRollup } from "./print";
import { runTemplate } from "./template";

/** Runs the qipp command line; resolves to the exit code (0 clean, 1 error findings, 2 unusable input). */
export async function main(argv: string[], out = process.stdout, err = process.stderr): Promise<number> {
  if (argv[0] === "template" && !argv.includes("--help") && !argv.includes("-h")) return guarded(() => runTemplate(argv.slice(1), (s) => out.write(s + "\n")), err);
  const parsed = parseCliArgs(argv);
  if (!parsed.ok) {
    err.write(`qipp: ${parsed.error}\n`);
    return 2;
  }
  if (parsed.args.command === "help") {
    out.write(USAGE + "\n");
    return 0;
  }
  return guarded(() => run(parsed.args, (s) => out.write(s + "\n")), err);
}

async function guarded(task: () => Promise<number>, err: NodeJS.WritableStream): Promise<number> {
  try {
    return await task();
  } catch (e) {
    err.write(`qipp: ${failureLine(e)}\n`);
    return 2;
  }
}

async function run(args: CliArgs, print: (s: string) => void): Promise<number> {
  if (args.command === "compare") return runCompare(args, print);
  const pack = args.rules ? await loadPackFile(args.rules) : undefined;
  const loaded = [];
  for (const file of args.files) loaded.push(await loadWorkbook(file));
  const validation = validateWorkbooks(loaded.map((l) => l.grids), { pack });
  if (args.command === "validate") {
    print(args.json ? JSON.stringify(validationJson(validation)) : printFindings(validation));
    return validation.summary.errors > 0 ? 1 : 0;
  }
  const rollup = rollupPlans(validation);
  const target = resolve(args.out ?? defaultOut(args.files[0], outputExtensionOf(loaded[0].file)));
  if (args.files.some((f) => resolve(f) === target)) throw new InputError(`--out ${args.out} is one of the inputs; inputs are never overwritten`);
  const csv = args.submissionCsv === undefined ? undefined : resolve(args.submissionCsv);
  if (csv !== undefined && (csv === target || args.files.some((f) => resolve(f) === csv))) throw new InputError(`--submission-csv ${args.submissionCsv} is one of the inputs or the result; choose another file`);
  await writeOutputWorkbook(loaded[0].file, buildOutputSheets(validation, rollup, { generatedAt: new Date() }), target);
  if (csv !== undefined) await writeTextFile(csv, submissionCsv(rollup));
  const errors = validation.summary.errors + rollup.findings.filter((f) => f.severity === "error").length;
  if (args.json) print(JSON.stringify(toRollupJson(rollup, validation.packInfo)));
  else print(`${printRollup(rollup)}\n\n${printFindings(validation).split("\n").pop()}\nWrote ${target}${csv === undefined ? "" : `\nWrote ${csv}`}`);
  return errors > 0 ? 1 : 0;
}

function defaultOut(first: string, extension: string): string {
  return join(dirname(first), `${basename(first, extname(first))}.qipp${extension}`);
}

function validationJson(v: ValidationResult) {
  return {
    pack: { name: v.packInfo.name, version: v.packInfo.version },
    findings: v.findings.map(({ rule, severity, workbook, sheet, cell, field, value, message }) => ({ rule, severity, workbook, sheet, cell, field, value, message })),
    summary: v.summary,
  };
}
