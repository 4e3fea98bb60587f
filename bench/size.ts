import { readFile } from "node:fs/promises";
import type { SumifsSource } from "../test/support/sumifs";
import { runEngine } from "./engine";
import { excelJsValues, loadExcelJs, officeRead } from "./floor";
import { libreOfficeRollup, type LibreOfficeResult } from "./libreoffice";
import { officeCosts, type OfficeCosts } from "./office-costs";
import { collectGarbage, medianMs } from "./timing";

/** What one size's child process reports: the times are medians, the memory is this process's high-water mark. */
export interface SizeResult {
  schemes: number;
  sheets: number;
  fileBytes: number;
  cells: number;
  excelJsMs: number;
  officeReadMs: number;
  officeReadSyncs: number;
  engineMs: number;
  findings: number;
  libreOffice: LibreOfficeResult;
  office: OfficeCosts;
  /** Peak resident memory (MB) after each phase: the high-water mark only grows, so the step that raised it shows. */
  peakRssMb: { floor: number; officeRead: number; engine: number; officeCosts: number };
}

export interface SizeInput {
  file: string;
  runs: number;
  sources: SumifsSource[];
  organisations: string[];
  years: string[];
}

const peakMb = () => Math.round(process.resourceUsage().maxRSS / 1024);

export async function measureSize(input: SizeInput): Promise<SizeResult> {
  const xlsx = await readFile(input.file);
  const { runs } = input;
  let cells = 0;
  const excelJsMs = await medianMs(runs, async () => (cells = await excelJsValues(xlsx)));
  const floorPeak = peakMb();

  const workbook = await loadExcelJs(xlsx);
  let read = await officeRead(workbook);
  const officeReadMs = await medianMs(runs, async () => (read = await officeRead(workbook)));
  const officeReadSyncs = read.emulator.stats.syncs;
  const grids = read.grids;
  const officeReadPeak = peakMb();

  let engine = runEngine(grids);
  const engineMs = await medianMs(runs, () => (engine = runEngine(grids)));
  const enginePeak = peakMb();
  collectGarbage();

  const office = await officeCosts(xlsx);
  const officePeak = peakMb();
  const libreOffice = await libreOfficeRollup(xlsx, input.sources, input.organisations, input.years, runs, engine.savings);
  return {
    schemes: engine.schemes, sheets: grids.length, fileBytes: xlsx.length, cells,
    excelJsMs, officeReadMs, officeReadSyncs, engineMs, findings: engine.findings, libreOffice, office,
    peakRssMb: { floor: floorPeak, officeRead: officeReadPeak, engine: enginePeak, officeCosts: officePeak },
  };
}

/** Child-process entry: the input as JSON in argv[2], the result as one JSON line on stdout. */
if (process.argv[1]?.endsWith("size.ts")) {
  measureSize(JSON.parse(process.argv[2]) as SizeInput).then(
    (result) => process.stdout.write(`RESULT ${JSON.stringify(result)}\n`),
    (error: Error) => {
      console.error(error.stack ?? error.message);
      process.exit(1);
    },
  );
}
