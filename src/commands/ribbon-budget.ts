import type { Result } from "../app/actions";
import type { ExcelBatchRun } from "../host/office/read";

/**
 * A ribbon command's runtime "closes when either the function completes or 5 minutes have passed"
 * (https://learn.microsoft.com/office/dev/add-ins/design/add-in-commands). The task pane has no such limit.
 */
export const RIBBON_COMMAND_LIMIT_S = 300;

/**
 * Microsoft publishes no time per request, so the budget assumes a slow one: each sync a round trip of
 * 1 s, plus 1 MB/s for what it carries (Excel on the web over an NHS network). Syncs and bytes are the
 * fake host's counts through Microsoft's library (bench/office-costs.ts, README "Excel").
 */
export const SECONDS_PER_SYNC = 1;
export const BYTES_PER_SECOND = 1_000_000;

export interface SyncCost {
  syncs: number;
  requestBytes: number;
  responseBytes: number;
}

export function estimatedSeconds(cost: SyncCost): number {
  return cost.syncs * SECONDS_PER_SYNC + (cost.requestBytes + cost.responseBytes) / BYTES_PER_SECOND;
}

/**
 * The largest workbook measured inside the limit with room to spare (200,000 scheme rows: Build rollups
 * 52 syncs; see the README). A larger one is handed to the pane rather than cut off at 5 minutes.
 */
export const RIBBON_ROW_LIMIT = 200_000;

/** Rows in use over every sheet (used ranges by values), in two syncs. */
export async function usedRows(run: ExcelBatchRun): Promise<number> {
  return run(async (context) => {
    const sheets = context.workbook.worksheets.load("items/name");
    await context.sync();
    const used = sheets.items.map((ws) => ws.getUsedRangeOrNullObject(true).load("rowCount"));
    await context.sync();
    return used.reduce((n, range) => n + (range.isNullObject ? 0 : range.rowCount), 0);
  });
}

const rows = new Intl.NumberFormat("en-GB");

/** Runs the command's action when the workbook fits a ribbon command's 5 minutes; else says to use the pane. */
export async function withinRibbonLimit<T>(run: ExcelBatchRun, action: () => Promise<Result<T>>, limit = RIBBON_ROW_LIMIT): Promise<Result<T>> {
  const count = await usedRows(run);
  if (count <= limit) return action();
  return {
    ok: false,
    message: `This workbook has ${rows.format(count)} rows in use, more than a ribbon button can finish in Excel's 5 minutes. Open the QIPP pane and run it there: the pane has no time limit.`,
  };
}
