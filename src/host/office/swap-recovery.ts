import type { ExcelBatchRun } from "./read";
import type { SheetTarget } from "../output-plan";

export interface SwapStep {
  target: SheetTarget;
  /** Where the old sheet stood, to put the new one there. */
  position?: number;
}

/**
 * A statement of the swap failed (Excel keeps the statements before it): every new sheet is complete by
 * then, so the swap is finished rather than undone. Each output sheet ends as the complete new one.
 */
export async function finishSwap(run: ExcelBatchRun, steps: SwapStep[]): Promise<void> {
  await run(async (context) => {
    const worksheets = context.workbook.worksheets;
    const probes = steps.map((step) => ({
      step,
      old: worksheets.getItemOrNullObject(step.target.name).load("name"),
      temp: worksheets.getItemOrNullObject(step.target.tempName).load("name"),
    }));
    await context.sync();
    for (const { step, old, temp } of probes) {
      if (temp.isNullObject) continue;
      if (!old.isNullObject && step.target.replaces) old.delete();
      temp.name = step.target.name;
      if (step.position !== undefined) temp.position = step.position;
    }
    await context.sync();
    const withTables = steps.filter((s) => s.target.model.table).map((s) => ({ s, tables: worksheets.getItem(s.target.name).tables.load("items/name") }));
    await context.sync();
    for (const { s, tables } of withTables) {
      const wanted = s.target.model.table!.name;
      if (tables.items[0] && tables.items[0].name !== wanted) tables.items[0].name = wanted;
    }
    await context.sync();
  });
}
