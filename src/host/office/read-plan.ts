/** A sheet's used range, 0-based. */
export interface SheetSpan {
  name: string;
  top: number;
  left: number;
  rows: number;
  columns: number;
}

export interface Chunk {
  sheet: number;
  /** Row offset into the used range. */
  from: number;
  rows: number;
}

/** Before anything is measured: about twice what plan cells take (values and numberFormat), so the first batch fits. */
const GUESS_BYTES_PER_CELL = 48;
/** Measured sizes vary a little between rows: leave this much headroom. */
const MARGIN = 1.2;
/** The first chunk of a sheet (and the one after a skipped gap) is short, so a sparse sheet costs little before it is probed. */
const SAMPLE_ROWS = 1024;
/** Response bytes kept back for each chunk's probe of the rows after it. */
const PROBE_BYTES = 128;

interface Cursor {
  /** Next row offset to read. */
  next: number;
  /** Bytes per cell of the sheet's latest chunk, once read. */
  measured?: number;
  /** Set when a batch overflowed: at most this many rows until a chunk is read. */
  cap: number;
  sampled: boolean;
}

/**
 * Plans row chunks so each sync's response fills close to the payload limit: sized from the bytes
 * per cell actually returned so far (per sheet, else across sheets), not a fixed guess.
 */
export class ChunkPlanner {
  private readonly cursors: Cursor[];
  private bytesRead = 0;
  private cellsRead = 0;
  /** After a batch of one-row chunks overflowed: fewer chunks in the next. */
  private maxChunks = Infinity;

  constructor(private readonly spans: SheetSpan[], private readonly limitBytes: number) {
    this.cursors = spans.map(() => ({ next: 0, cap: Infinity, sampled: false }));
  }

  done(): boolean {
    return this.cursors.every((c, i) => c.next >= this.spans[i].rows);
  }

  /** One chunk per unfinished sheet, in order, while the estimated response stays under the limit. */
  nextBatch(): Chunk[] {
    const batch: Chunk[] = [];
    let budget = this.limitBytes;
    this.cursors.forEach((cursor, sheet) => {
      const span = this.spans[sheet];
      const left = span.rows - cursor.next;
      if (left <= 0 || budget <= 0 || batch.length >= this.maxChunks) return;
      const rowBytes = span.columns * this.bytesPerCell(cursor);
      let rows = Math.min(left, cursor.cap, Math.floor((budget - PROBE_BYTES) / rowBytes), cursor.sampled ? left : SAMPLE_ROWS);
      if (rows < 1) {
        if (batch.length) return void (budget = 0);
        rows = 1;
      }
      batch.push({ sheet, from: cursor.next, rows });
      budget -= rows * rowBytes + PROBE_BYTES;
    });
    this.maxChunks = Infinity;
    return batch;
  }

  /** A chunk came back with `bytes` of values and formats; `nextUsed` is the next row offset holding data (span.rows when none). */
  read(chunk: Chunk, bytes: number, nextUsed: number): void {
    const cells = chunk.rows * this.spans[chunk.sheet].columns;
    const cursor = this.cursors[chunk.sheet];
    const end = chunk.from + chunk.rows;
    this.bytesRead += bytes;
    this.cellsRead += cells;
    Object.assign(cursor, { next: Math.max(end, nextUsed), measured: bytes / cells, cap: Infinity, sampled: nextUsed <= end });
  }

  /** The response was over the limit after all: halve the chunks (or, when they are single rows, their number). False when nothing is left to halve. */
  overflowed(batch: Chunk[]): boolean {
    if (batch.every((chunk) => chunk.rows === 1)) {
      this.maxChunks = Math.ceil(batch.length / 2);
      return batch.length > 1;
    }
    for (const chunk of batch) this.cursors[chunk.sheet].cap = Math.ceil(chunk.rows / 2);
    return true;
  }

  private bytesPerCell(cursor: Cursor): number {
    const measured = cursor.measured ?? (this.cellsRead ? this.bytesRead / this.cellsRead : undefined);
    return measured === undefined ? GUESS_BYTES_PER_CELL : Math.max(1, measured * MARGIN);
  }
}
