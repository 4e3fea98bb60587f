import { basename, dirname, extname, join, resolve } from "node:path";
import { toCompareJson } from "../core/compare";
import { buildChangesSheet, compareWorkbooks, type CompareResult } from "../core/compare-pipeline";
import { exceptionsSheet } from "../core/report/exceptions-sheet";
import { capHyperlinks } from "../core/report/link-cap";
import type { CliArgs } from "./args";
import { printComparison } from "./print-compare";
import { InputError, loadPackFile, loadWorkbook } from "./inputs";
import { outputExtensionOf, writeOutputWorkbook } from "./output";

/** `qipp compare BEFORE AFTER`: writes a copy of AFTER with QIPP Changes and QIPP Exceptions; exit codes as for rollup. */
export async function runCompare(args: CliArgs, print: (s: string) => void): Promise<number> {
  const [beforePath, afterPath] = args.files;
  const pack = args.rules ? await loadPackFile(args.rules) : undefined;
  const before = await loadWorkbook(beforePath);
  const after = await loadWorkbook(afterPath);
  const target = resolve(args.out ?? join(dirname(afterPath), `${basename(afterPath, extname(afterPath))}.changes${outputExtensionOf(after.file)}`));
  if (args.files.some((f) => resolve(f) === target)) throw new InputError(`--out ${args.out} is one of the inputs; inputs are never overwritten`);

  const result = compareWorkbooks([before.grids], [after.grids], { pack });
  const generatedAt = new Date();
  const changes = buildChangesSheet(result, { generatedAt });
  const meta = { pack: result.later.packInfo, workbooks: [after.grids.name, before.grids.name], generatedAt };
  const exceptions = capHyperlinks(exceptionsSheet(result.comparison.exceptions, meta, [`Compared with the earlier version ${before.grids.name}.`]));
  await writeOutputWorkbook(after.file, [changes, exceptions], target);

  if (args.json) print(JSON.stringify(toCompareJson(result.comparison, result.later.packInfo, { before: result.earlier.workbooks, after: result.later.workbooks })));
  else print(`${printComparison(result.comparison)}\nWrote ${target}`);
  return errorCount(result) > 0 ? 1 : 0;
}

function errorCount({ earlier, later, comparison }: CompareResult): number {
  const rollupErrors = [...comparison.before.findings, ...comparison.after.findings].filter((f) => f.severity === "error").length;
  return earlier.summary.errors + later.summary.errors + rollupErrors;
}
