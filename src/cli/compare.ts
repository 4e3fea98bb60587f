import { basename, dirname, extname, join, resolve } from "node:path";
import { toCompareJson } from "../core/compare";
import { buildChangesSheet, compareMeta, compareSeries, type CompareResult } from "../core/compare-pipeline";
import { exceptionsSheet } from "../core/report/exceptions-sheet";
import { capHyperlinks } from "../core/report/link-cap";
import type { CliArgs } from "./args";
import { printComparison } from "./print-compare";
import { printMovements, printTrend } from "./print-trend";
import { InputError, loadPackFile, loadWorkbook, type LoadedWorkbook } from "./inputs";
import { outputExtensionOf, writeOutputWorkbook } from "./output";

/**
 * `qipp compare V1 V2 … VN`: the versions in order of reporting period (when every one gives it, else as given);
 * the last two compared, every one in the trend. Writes a copy of the latest with QIPP Changes and QIPP Exceptions; exit codes as for rollup.
 */
export async function runCompare(args: CliArgs, print: (s: string) => void): Promise<number> {
  const pack = args.rules ? await loadPackFile(args.rules) : undefined;
  const loaded: LoadedWorkbook[] = [];
  for (const path of args.files) loaded.push(await loadWorkbook(path));
  const result = compareSeries(loaded.map((l) => [l.grids]), { pack });
  const [before, after] = result.order.slice(-2).map((i) => loaded[i]);
  const target = resolve(args.out ?? join(dirname(after.path), `${basename(after.path, extname(after.path))}.changes${outputExtensionOf(after.file)}`));
  if (args.files.some((f) => resolve(f) === target)) throw new InputError(`--out ${args.out} is one of the inputs; inputs are never overwritten`);

  const generatedAt = new Date();
  const changes = buildChangesSheet(result, { generatedAt });
  const meta = compareMeta(result, generatedAt);
  const exceptions = capHyperlinks(exceptionsSheet(result.comparison.exceptions, meta, [`Compared with the earlier version ${before.grids.name}.`]));
  await writeOutputWorkbook(after.file, [changes, exceptions], target);

  if (args.json) print(JSON.stringify(toCompareJson(result.comparison, result.later.packInfo, { before: result.earlier.workbooks, after: result.later.workbooks }, result.trend)));
  else print(`${printComparison(result.comparison)}\n\n${printMovements(result.comparison.movements)}\n\n${printTrend(result.trend)}\nWrote ${target}`);
  return errorCount(result) > 0 ? 1 : 0;
}

function errorCount({ earlier, later, comparison }: CompareResult): number {
  const rollupErrors = [...comparison.before.findings, ...comparison.after.findings].filter((f) => f.severity === "error").length;
  return earlier.summary.errors + later.summary.errors + rollupErrors;
}
