import { a1, type CellValue, type SheetGrid } from "../../core/grid";
import { isPayloadError } from "./requirements";
import { ChunkPlanner, type Chunk, type SheetSpan } from "./read-plan";

export type ExcelBatchRun = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

/**
 * Reads sheets in few syncs: names, then every used range's address, then the values of all of them,
 * in row chunks sized from the bytes actually returned so each response fills close to the payload limit.
 * Each chunk also probes the used part of the rows after it, so a stray cell far down costs one more chunk,
 * not a million empty rows.
 */
export async function readGrids(run: ExcelBatchRun, names: string[] | undefined, limitBytes: number): Promise<SheetGrid[]> {
  return run(async (context) => {
    const worksheets = context.workbook.worksheets;
    worksheets.load("items/name");
    await context.sync();
    // Only sheets that exist are probed, so no call ever chains off a null object.
    const present = new Map(worksheets.items.map((ws) => [ws.name.toLowerCase(), ws.name]));
    const wanted = (names ?? [...present.values()]).map((n) => present.get(n.toLowerCase())).filter((n): n is string => n !== undefined);
    const probes = wanted.map((name) => {
      const used = worksheets.getItem(name).getUsedRangeOrNullObject(true);
      used.load("rowIndex,columnIndex,rowCount,columnCount");
      return { name, used };
    });
    await context.sync();
    const spans: SheetSpan[] = probes.map(({ name, used }) =>
      used.isNullObject ? { name, top: 0, left: 0, rows: 0, columns: 0 } : { name, top: used.rowIndex, left: used.columnIndex, rows: used.rowCount, columns: used.columnCount },
    );
    const grids = spans.map((s): SheetGrid => ({ name: s.name, values: [], top: s.rows ? s.top : 0, left: s.rows ? s.left : 0 }));
    const planner = new ChunkPlanner(spans, limitBytes);
    while (!planner.done()) {
      const batch = planner.nextBatch();
      const loads = batch.map((chunk) => loadChunk(worksheets, spans[chunk.sheet], chunk));
      try {
        await context.sync();
      } catch (error) {
        // Bigger than measured so far (say, long text further down): plan smaller chunks and try again.
        if (!isPayloadError((error as { code?: string }).code, batch.length > 1 || batch[0].rows > 1) || !planner.overflowed(batch)) throw error;
        continue;
      }
      loads.forEach(({ range, rest }, i) => {
        const chunk = batch[i];
        const span = spans[chunk.sheet];
        const nextUsed = !rest ? span.rows : rest.isNullObject ? span.rows : rest.rowIndex - span.top;
        storeChunk(grids[chunk.sheet], span, chunk, range, nextUsed);
        planner.read(chunk, JSON.stringify(range.values).length + JSON.stringify(range.numberFormat).length, nextUsed);
      });
    }
    return grids;
  });
}

function loadChunk(worksheets: Excel.WorksheetCollection, span: SheetSpan, chunk: Chunk): { range: Excel.Range; rest?: Excel.Range } {
  const sheet = worksheets.getItem(span.name);
  const end = chunk.from + chunk.rows;
  const rows = (from: number, to: number) => `${a1(span.top + from, span.left)}:${a1(span.top + to - 1, span.left + span.columns - 1)}`;
  const range = sheet.getRange(rows(chunk.from, end)).load("values,numberFormat");
  if (end >= span.rows) return { range };
  const rest = sheet.getRange(rows(end, span.rows)).getUsedRangeOrNullObject(true).load("rowIndex");
  return { range, rest };
}

/** Rows skipped as empty share one row of nulls: a sheet used down to row 1,048,576 stays cheap. */
function storeChunk(grid: SheetGrid, span: SheetSpan, chunk: Chunk, range: Excel.Range, nextUsed: number): void {
  range.values.forEach((row, i) => (grid.values[chunk.from + i] = row.map((v, j) => toCellValue(v, range.numberFormat[i][j]))));
  const end = chunk.from + chunk.rows;
  if (nextUsed <= end) return;
  const empty: CellValue[] = Object.freeze(new Array<CellValue>(span.columns).fill(null)) as CellValue[];
  for (let r = end; r < nextUsed; r++) grid.values[r] = empty;
}

const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);

/** A number shown with a date format is a date: the grid carries it as yyyy-mm-dd. */
export function isDateFormat(format: unknown): boolean {
  if (typeof format !== "string") return false;
  const bare = format.replace(/"[^"]*"|\[[^\]]*\]|\\./g, "");
  return /[dy]/i.test(bare) || /m{3,}/i.test(bare);
}

function toCellValue(value: unknown, format: unknown): CellValue {
  if (value === "" || value === null || value === undefined) return null;
  if (typeof value === "number" && isDateFormat(format)) return new Date(EXCEL_EPOCH_MS + Math.floor(value) * 86_400_000).toISOString().slice(0, 10);
  if (typeof value === "string" || typeof value === "number" || typeof value === "boolean") return value;
  return String(value);
}
