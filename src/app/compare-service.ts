import type { CompareOutcome, ProgressListener } from "./actions";
import type { WorkbookGrids } from "../core/grid";
import { exceptionsSheet } from "../core/report/exceptions-sheet";
import { capHyperlinks } from "../core/report/link-cap";
import type { OutputSheet } from "../core/report/model";
import type { RulePack } from "../core/rules/schema";

export interface CompareDeps {
  /** The later version: the open workbook and any added plan files, read now. */
  later: () => Promise<WorkbookGrids[]>;
  pack: () => RulePack | undefined;
  write: (sheets: OutputSheet[]) => Promise<string[]>;
  now: () => Date;
}

/** "Compare with an earlier version…": the chosen file is the earlier version, the open workbook the later one. */
export async function compareWithEarlier(deps: CompareDeps, file: { name: string; data: ArrayBuffer }, onProgress?: ProgressListener): Promise<CompareOutcome> {
  onProgress?.(`Reading ${file.name}`, 0.1);
  // The file reader and the compare engine are loaded only now, so the pane starts without them.
  const [{ readSpreadsheet }, { buildChangesSheet, compareWorkbooks }] = await Promise.all([import("../host/files/read"), import("../core/compare-pipeline")]);
  let earlier: WorkbookGrids;
  try {
    const book = await readSpreadsheet(file.name, new Uint8Array(file.data));
    earlier = { name: file.name, sheets: book.sheets };
  } catch (error) {
    throw new Error(`"${file.name}" is not a readable workbook: ${(error as Error).message}.`, { cause: error });
  }
  onProgress?.("Reading this workbook", 0.3);
  const result = compareWorkbooks([earlier], await deps.later(), { pack: deps.pack() });
  if (result.earlier.plans.length === 0) throw new Error(`"${file.name}" holds no plan sheets, so there is nothing to compare. Choose an earlier version of these plans.`);
  onProgress?.("Writing QIPP Changes", 0.7);
  const generatedAt = deps.now();
  const meta = { pack: result.later.packInfo, workbooks: [...result.later.workbooks, file.name], generatedAt };
  const written = await deps.write([
    buildChangesSheet(result, { generatedAt }),
    capHyperlinks(exceptionsSheet(result.comparison.exceptions, meta, [`Compared with the earlier version ${file.name}.`])),
  ]);
  onProgress?.("Done", 1);
  return { earlier: file.name, comparison: result.comparison, written };
}
