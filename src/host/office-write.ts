import { isAddinSheet, type OutputSheet } from "../core/report/model";
import type { ExcelBatchRun } from "./office-read";
import type { SupportsExcelApi } from "./office-requirements";
import { finishSwap, type SwapStep } from "./office-swap-recovery";
import { Budget, writeModel } from "./office-write-model";
import { candidateNames, planTargets, tempNameFor, type SheetTarget } from "./output-plan";
import type { WriteResult } from "./workbook";

/**
 * Writes output sheets in a constant number of syncs: names, then A2 of the candidates, then every
 * new sheet in full under a temporary name, then one swap (delete old, rename new, same position).
 */
export async function writeOutputSheets(run: ExcelBatchRun, models: OutputSheet[], limitBytes: number, supports: SupportsExcelApi): Promise<WriteResult> {
  const added: string[] = [];
  let swap: SwapStep[] | null = null;
  let result: WriteResult | null = null;
  try {
    return await run(async (context) => {
      const worksheets = context.workbook.worksheets;
      worksheets.load("items/name,items/position");
      await context.sync();
      const wanted = new Set(models.flatMap((m) => candidateNames(m.name)).flatMap((n) => [n, tempNameFor(n)]).map((n) => n.toLowerCase()));
      const candidates = worksheets.items.filter((ws) => wanted.has(ws.name.toLowerCase()) || wanted.has(ws.name.replace(/~+$/, "~").toLowerCase()));
      const a2s = candidates.map((ws) => ws.getRange("A2").load("values"));
      await context.sync();
      const existing = candidates.map((ws, i) => ({ name: ws.name, position: ws.position, a2: a2s[i].values[0][0] }));
      const { targets, renamed } = planTargets(models, existing);

      context.application.suspendApiCalculationUntilNextSync();
      const temps = new Set(targets.map((t) => t.tempName.toLowerCase()));
      for (const stale of existing) if (temps.has(stale.name.toLowerCase()) && isAddinSheet(stale.a2)) worksheets.getItem(stale.name).delete();
      const budget = new Budget(context, limitBytes, supports);
      const built: { target: SheetTarget; sheet: Excel.Worksheet; table?: Excel.Table }[] = [];
      for (const target of targets) {
        const sheet = worksheets.add(target.tempName);
        added.push(target.tempName);
        built.push({ target, sheet, table: await writeModel(sheet, target.model, budget, limitBytes) });
      }
      await context.sync();

      const position = new Map(existing.map((s) => [s.name.toLowerCase(), s.position]));
      const order = (t: SheetTarget) => (t.replaces ? (position.get(t.replaces.toLowerCase()) ?? Infinity) : Infinity);
      result = { written: targets.map((t) => t.name), renamed };
      swap = built.map(({ target }) => ({ target, position: target.replaces ? order(target) : undefined }));
      for (const { target, sheet, table } of [...built].sort((x, y) => order(x.target) - order(y.target))) {
        if (target.replaces) worksheets.getItem(target.replaces).delete();
        sheet.name = target.name;
        if (target.replaces) sheet.position = order(target);
        if (table && target.model.table) table.name = target.model.table.name;
      }
      await context.sync();
      added.length = 0;
      return result;
    });
  } catch (error) {
    if (swap && result) {
      await finishSwap(run, swap).catch(() => {
        throw error;
      });
      return result;
    }
    await removeSheets(run, added).catch(() => undefined);
    throw error;
  }
}

/** Deletes the temporary sheets of a failed write, so the workbook is as it was. */
async function removeSheets(run: ExcelBatchRun, names: string[]): Promise<void> {
  if (!names.length) return;
  await run(async (context) => {
    const sheets = names.map((name) => context.workbook.worksheets.getItemOrNullObject(name).load("name"));
    await context.sync();
    sheets.filter((s) => !s.isNullObject).forEach((s) => s.delete());
    await context.sync();
  });
}
