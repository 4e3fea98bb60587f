import ExcelJS from "exceljs";
import { LIBREOFFICE_MISSING, recalcWithLibreOffice } from "../test/support/libreoffice";
import { ROLLUP_SHEET, sumifsRollupWorkbook, type SumifsSource } from "../test/support/sumifs";
import { median, timed } from "./timing";

export type LibreOfficeResult =
  | { installed: false; note: string }
  | { installed: true; ms: number; cells: number; agreeing: number };

/**
 * What a person would do instead: SUMIFS formulas for the organisation x year rollup written into the
 * workbook, then LibreOffice opens it headless, recalculates everything on load and saves it.
 * The time is the whole soffice run (start, load, recalculate, save), median of `runs`.
 */
export async function libreOfficeRollup(
  xlsx: Buffer, sources: SumifsSource[], organisations: string[], years: string[], runs: number,
  ours: Record<string, Record<string, number>>,
): Promise<LibreOfficeResult> {
  const withFormulas = await sumifsRollupWorkbook(xlsx, sources, organisations, years);
  const times: number[] = [];
  let recalculated: Buffer | undefined;
  for (let i = 0; i < runs; i++) {
    try {
      const run = await timed(() => recalcWithLibreOffice(withFormulas));
      times.push(run.ms);
      recalculated = run.value;
    } catch (error) {
      if ((error as Error).message === LIBREOFFICE_MISSING) return { installed: false, note: "not installed (apt-get install libreoffice-calc-nogui)" };
      throw error;
    }
  }
  const { cells, agreeing } = await compare(recalculated!, organisations, years, ours);
  return { installed: true, ms: median(times), cells, agreeing };
}

/** How many organisation x year figures LibreOffice computed equal to the engine's, to the penny. */
async function compare(xlsx: Buffer, organisations: string[], years: string[], ours: Record<string, Record<string, number>>) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(xlsx as unknown as ExcelJS.Buffer);
  const ws = wb.getWorksheet(ROLLUP_SHEET);
  if (!ws) throw new Error(`LibreOffice lost the ${ROLLUP_SHEET} sheet`);
  let cells = 0;
  let agreeing = 0;
  organisations.forEach((organisation, i) =>
    years.forEach((year, y) => {
      const value = ws.getRow(i + 2).getCell(y + 2).value;
      const result = typeof value === "object" && value !== null && "result" in value ? value.result : value;
      cells++;
      if (typeof result === "number" && Math.round(result * 100_000) === (ours[organisation]?.[year] ?? 0)) agreeing++;
    }),
  );
  return { cells, agreeing };
}
