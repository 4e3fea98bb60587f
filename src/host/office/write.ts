import { isAddinSheet, type OutputSheet } from "../../core/report/model";
import { mergeUserCells, readUserValues } from "../../core/report/user-cells";
import type { ExcelBatchRun } from "./read";
import { usedValuesFromA1 } from "./user-values";
import type { SupportsExcelApi } from "./requirements";
import { coverAddress, finishInPlace, IN_PLACE_EXCEL_API, queueInPlace, type InPlaceStep } from "./in-place";
import { finishSwap, type SwapStep } from "./swap-recovery";
import { Budget, writeModel } from "./write-model";
import { candidateNames, planTargets, tempNameFor, type SheetTarget } from "../output-plan";
import type { WriteResult } from "../../app/workbook-port";

/**
 * Writes output sheets in a constant number of syncs: names, then A2 of the candidates, then every
 * new sheet in full under a temporary name, then one sync that puts them in place. At ExcelApi 1.9 an
 * existing output sheet keeps its identity (its content is replaced by copyFrom, see in-place.ts),
 * so users' formulas into it survive; below 1.9 it is swapped (delete old, rename new, same position)
 * and such formulas become #REF!.
 */
export async function writeOutputSheets(run: ExcelBatchRun, models: OutputSheet[], limitBytes: number, supports: SupportsExcelApi, pause?: () => Promise<void>): Promise<WriteResult> {
  const added: string[] = [];
  let swap: SwapStep[] | null = null;
  let inPlace: InPlaceStep[] = [];
  let result: WriteResult | null = null;
  try {
    return await run(async (context) => {
      const worksheets = context.workbook.worksheets;
      worksheets.load("items/name,items/position");
      await context.sync();
      const wanted = new Set(models.flatMap((m) => candidateNames(m.name)).flatMap((n) => [n, tempNameFor(n)]).map((n) => n.toLowerCase()));
      const candidates = worksheets.items.filter((ws) => wanted.has(ws.name.toLowerCase()) || wanted.has(ws.name.replace(/~+$/, "~").toLowerCase()));
      const a2s = candidates.map((ws) => ws.getRange("A2").load("values"));
      const copying = supports(IN_PLACE_EXCEL_API);
      const used = candidates.map((ws) => (copying ? ws.getUsedRangeOrNullObject().load("rowIndex,rowCount,columnIndex,columnCount") : null));
      const tables = candidates.map((ws) => (copying ? ws.tables.load("items/name") : null));
      // The user's cells (responses, sign-off) of sheets the new ones may replace: their extent in this same sync, their values after it.
      const withUser = new Set(models.filter(hasUserCells).flatMap((m) => candidateNames(m.name)).map((n) => n.toLowerCase()));
      const typed = candidates.map((ws) => (withUser.has(ws.name.toLowerCase()) ? ws.getUsedRangeOrNullObject().load("rowIndex,columnIndex,rowCount,columnCount") : null));
      await context.sync();
      const existing = candidates.map((ws, i) => ({ name: ws.name, position: ws.position, a2: a2s[i].values[0][0] }));
      const { targets, renamed } = planTargets(models, existing);
      const at = new Map(candidates.map((ws, i) => [ws.name.toLowerCase(), i]));
      for (const target of targets) {
        const old = target.replaces ? typed[at.get(target.replaces.toLowerCase())!] : null;
        if (old && !old.isNullObject) {
          const sheet = candidates[at.get(target.replaces!.toLowerCase())!];
          target.model = mergeUserCells(target.model, readUserValues(await usedValuesFromA1(context, sheet, old, limitBytes)));
        }
      }
      const kept = (t: SheetTarget) => (copying && t.replaces ? at.get(t.replaces.toLowerCase()) : undefined);

      context.application.suspendApiCalculationUntilNextSync();
      const temps = new Set(targets.map((t) => t.tempName.toLowerCase()));
      for (const stale of existing) if (temps.has(stale.name.toLowerCase()) && isAddinSheet(stale.a2)) worksheets.getItem(stale.name).delete();
      const budget = new Budget(context, limitBytes, supports, pause);
      const built: { target: SheetTarget; sheet: Excel.Worksheet; table?: Excel.Table }[] = [];
      for (const target of targets) {
        const sheet = worksheets.add(target.tempName);
        added.push(target.tempName);
        built.push({ target, sheet, table: await writeModel(sheet, target.model, budget, limitBytes, kept(target) === undefined) });
      }
      await context.sync();

      const position = new Map(existing.map((s) => [s.name.toLowerCase(), s.position]));
      const order = (t: SheetTarget) => (t.replaces ? (position.get(t.replaces.toLowerCase()) ?? Infinity) : Infinity);
      result = { written: targets.map((t) => t.name), renamed };
      const swapped = built.filter(({ target }) => kept(target) === undefined);
      inPlace = targets.flatMap((target) => {
        const i = kept(target);
        if (i === undefined) return [];
        const old = used[i]!;
        const area = old.isNullObject ? null : old;
        return [{ model: target.model, name: target.replaces!, tempName: target.tempName, cover: coverAddress(target.model, area) }];
      });
      swap = swapped.map(({ target }) => ({ target, position: target.replaces ? order(target) : undefined }));
      for (const step of inPlace) queueInPlace(worksheets, step, tables[at.get(step.name.toLowerCase())!]!.items);
      for (const { target, sheet, table } of [...swapped].sort((x, y) => order(x.target) - order(y.target))) {
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
      await finishInPlace(run, inPlace)
        .then(() => finishSwap(run, swap!))
        .catch(() => {
          throw error;
        });
      return result;
    }
    await removeSheets(run, added).catch(() => undefined);
    throw error;
  }
}

const hasUserCells = (m: OutputSheet) => m.rows.some((row) => row.some((cell) => cell.user));

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
