import { a1, type CellValue, type SheetGrid } from "../core/grid";

export type ExcelBatchRun = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

/** Bytes a cell may take in a response (values and numberFormat, JSON): conservative, so chunks stay under the limit. */
const BYTES_PER_CELL = 64;

interface UsedRange {
  name: string;
  top: number;
  left: number;
  rows: number;
  columns: number;
}

interface Chunk {
  sheet: number;
  /** Row offset into the used range. */
  from: number;
  rows: number;
}

/**
 * Reads sheets in a constant number of syncs: names, then every used range's address, then the
 * values of all of them at once, split into row chunks (batched) only when over the payload limit.
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
    const grids: SheetGrid[] = probes.map(({ name }) => ({ name, values: [], top: 0, left: 0 }));
    const ranges: UsedRange[] = probes.map(({ name, used }) =>
      used.isNullObject ? { name, top: 0, left: 0, rows: 0, columns: 0 } : { name, top: used.rowIndex, left: used.columnIndex, rows: used.rowCount, columns: used.columnCount },
    );
    const rowsPerChunk = (r: UsedRange) => Math.max(1, Math.floor(limitBytes / (r.columns * BYTES_PER_CELL)));
    const chunks: Chunk[] = [];
    ranges.forEach((r, sheet) => {
      for (let from = 0; from < r.rows; from += rowsPerChunk(r)) chunks.push({ sheet, from, rows: Math.min(rowsPerChunk(r), r.rows - from) });
    });
    const read = async (batch: Chunk[]): Promise<void> => {
      const loads = batch.map((chunk) => {
        const r = ranges[chunk.sheet];
        const address = `${a1(r.top + chunk.from, r.left)}:${a1(r.top + chunk.from + chunk.rows - 1, r.left + r.columns - 1)}`;
        const range = worksheets.getItem(r.name).getRange(address);
        range.load("values,numberFormat");
        return { chunk, range };
      });
      try {
        await context.sync();
      } catch (error) {
        // The estimate was too low (very long text): halve the chunks and try again.
        if ((error as { code?: string }).code !== "ResponsePayloadSizeLimitExceeded" || batch.every((c) => c.rows === 1)) throw error;
        for (const half of batch.flatMap(split)) await read([half]);
        return;
      }
      for (const { chunk, range } of loads) {
        const grid = grids[chunk.sheet];
        range.values.forEach((row, i) => (grid.values[chunk.from + i] = row.map((v, j) => toCellValue(v, range.numberFormat[i][j]))));
      }
    };
    for (const batch of batchChunks(chunks, ranges, limitBytes)) await read(batch);
    ranges.forEach((r, i) => Object.assign(grids[i], { top: r.rows ? r.top : 0, left: r.rows ? r.left : 0 }));
    return grids;
  });
}

function split(chunk: Chunk): Chunk[] {
  if (chunk.rows === 1) return [chunk];
  const half = Math.ceil(chunk.rows / 2);
  return [{ ...chunk, rows: half }, { ...chunk, from: chunk.from + half, rows: chunk.rows - half }];
}

/** Packs chunks of all sheets into as few syncs as fit under the limit. */
function batchChunks(chunks: Chunk[], ranges: UsedRange[], limitBytes: number): Chunk[][] {
  const batches: Chunk[][] = [];
  let current: Chunk[] = [];
  let bytes = 0;
  for (const chunk of chunks) {
    const size = chunk.rows * ranges[chunk.sheet].columns * BYTES_PER_CELL;
    if (current.length && bytes + size > limitBytes) {
      batches.push(current);
      current = [];
      bytes = 0;
    }
    current.push(chunk);
    bytes += size;
  }
  if (current.length) batches.push(current);
  return batches;
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
