import { readFile } from "node:fs/promises";
import type { SumifsSource } from "../test/support/sumifs";
import { runEngine } from "./engine";
import { excelJsValues, loadExcelJs, officeRead } from "./floor";
import { libreOfficeRollup, type LibreOfficeResult } from "./libreoffice";
import { officeCosts, type OfficeCosts } from "./office-costs";
import { collectGarbage, median, medianMs } from "./timing";

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
  peakRssMb: { engine: number; officeCosts: number };
  /** Heap the grids of the whole workbook take: what the task pane holds while the engine runs. */
  gridsHeapMb: number;
}

export interface SizeInput {
  file: string;
  runs: number;
  sources: SumifsSource[];
  organisations: string[];
  years: string[];
}

const peakMb = () => Math.round(process.resourceUsage().maxRSS / 1024);

/** Floor, Office.js read and engine, interleaved so a busy neighbour on the machine slows them alike. */
async function measureReadAndEngine(xlsx: Buffer, runs: number) {
  const workbook = await loadExcelJs(xlsx);
  collectGarbage();
  const heapBefore = process.memoryUsage().heapUsed;
  let read = await officeRead(workbook);
  const grids = read.grids;
  collectGarbage();
  const gridsHeapMb = Math.round((process.memoryUsage().heapUsed - heapBefore) / 1024 / 1024);
  let engine = runEngine(grids);
  let cells = 0;
  const times = { excelJs: [] as number[], officeRead: [] as number[], engine: [] as number[] };
  for (let i = 0; i < runs; i++) {
    times.excelJs.push(await medianMs(1, async () => (cells = await excelJsValues(xlsx))));
    times.officeRead.push(await medianMs(1, async () => (read = await officeRead(workbook))));
    times.engine.push(await medianMs(1, () => (engine = runEngine(grids))));
  }
  return {
    sheets: grids.length, cells, engine, gridsHeapMb, officeReadSyncs: read.emulator.stats.syncs,
    excelJsMs: median(times.excelJs), officeReadMs: median(times.officeRead), engineMs: median(times.engine),
  };
}

export async function measureSize(input: SizeInput): Promise<SizeResult> {
  const xlsx = await readFile(input.file);
  const { engine, ...measured } = await measureReadAndEngine(xlsx, input.runs);
  const enginePeak = peakMb();
  collectGarbage();
  const office = await officeCosts(xlsx);
  const officePeak = peakMb();
  const libreOffice = await libreOfficeRollup(xlsx, input.sources, input.organisations, input.years, input.runs, engine.savings);
  return {
    ...measured, schemes: engine.schemes, fileBytes: xlsx.length, findings: engine.findings, libreOffice, office,
    peakRssMb: { engine: enginePeak, officeCosts: officePeak },
  };
}

/** Child-process entry: the input as JSON in argv[2], the result as one JSON line on stdout. */
if (/size\.(ts|js)$/.test(process.argv[1] ?? "")) {
  measureSize(JSON.parse(process.argv[2]) as SizeInput).then(
    (result) => process.stdout.write(`RESULT ${JSON.stringify(result)}\n`),
    (error: Error) => {
      console.error(error.stack ?? error.message);
      process.exit(1);
    },
  );
}
