import type { CompareOutcome, ProgressListener } from "./actions";
import type { WorkbookGrids } from "../core/grid";
import type { OutputSheet } from "../core/report/model";
import type { RulePack } from "../core/rules/schema";

export interface CompareDeps {
  /** The later version: the open workbook and any added plan files, read now. */
  later: () => Promise<WorkbookGrids[]>;
  pack: () => RulePack | undefined;
  write: (sheets: OutputSheet[]) => Promise<string[]>;
  now: () => Date;
}

type PickedFile = { name: string; data: ArrayBuffer };

/**
 * "Compare with earlier versions…": the chosen files are earlier versions (in order of reporting period when
 * each gives one, else as chosen), the open workbook the latest; the last earlier one is today's change.
 */
export async function compareWithEarlier(deps: CompareDeps, picked: PickedFile | PickedFile[], onProgress?: ProgressListener): Promise<CompareOutcome> {
  const files = Array.isArray(picked) ? picked : [picked];
  if (files.length === 0) throw new Error("Choose one or more earlier versions of these plans.");
  // The file reader and the compare engine are loaded only now, so the pane starts without them.
  const [{ readSpreadsheet }, { buildChangesSheet, compareMeta, compareSeries }, { exceptionsSheet }, { capHyperlinks }] = await Promise.all([
    import("../host/files/read"), import("../core/compare-pipeline"), import("../core/report/exceptions-sheet"), import("../core/report/link-cap"),
  ]);
  const earlierBooks: WorkbookGrids[] = [];
  for (const [i, file] of files.entries()) {
    onProgress?.(`Reading ${file.name}`, 0.1 + (0.2 * i) / files.length);
    try {
      const book = await readSpreadsheet(file.name, new Uint8Array(file.data));
      earlierBooks.push({ name: file.name, sheets: book.sheets });
    } catch (error) {
      throw new Error(`"${file.name}" is not a readable workbook: ${(error as Error).message}.`, { cause: error });
    }
  }
  onProgress?.("Reading this workbook", 0.3);
  const result = compareSeries([...earlierBooks.map((b) => [b]), await deps.later()], { pack: deps.pack(), latestLast: true });
  const empty = result.versions.slice(0, -1).find((v) => v.plans.length === 0);
  if (empty) throw new Error(`"${empty.workbooks[0]}" holds no plan sheets, so there is nothing to compare. Choose an earlier version of these plans.`);
  const file = { name: result.earlier.workbooks[0] };
  onProgress?.("Writing QIPP Changes", 0.7);
  const generatedAt = deps.now();
  const meta = compareMeta(result, generatedAt);
  const written = await deps.write([
    buildChangesSheet(result, { generatedAt }),
    capHyperlinks(exceptionsSheet(result.comparison.exceptions, meta, [`Compared with the earlier version ${file.name}.`])),
  ]);
  onProgress?.("Done", 1);
  return { earlier: file.name, comparison: result.comparison, trend: result.trend, written };
}
