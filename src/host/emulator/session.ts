import type ExcelJS from "exceljs";
import { EmulatorError } from "./errors";

export interface EmulatorStats {
  syncs: number;
  requestBytes: number;
  responseBytes: number;
  maxRequestBytes: number;
  maxResponseBytes: number;
  /** suspendApiCalculationUntilNextSync calls. */
  calculationSuspends: number;
}

/** What a queued load hands back at sync: its size, and how to make it readable once the sync succeeds. */
export interface LoadResult {
  bytes: number;
  commit(): void;
}

interface Op {
  requestBytes: number;
  apply(): LoadResult | void;
}

export const DEFAULT_PAYLOAD_LIMIT = 5 * 1024 * 1024;

/** The state behind one emulated workbook: the queue of a batch, counters, faults to inject. */
export class Session {
  readonly stats: EmulatorStats = { syncs: 0, requestBytes: 0, responseBytes: 0, maxRequestBytes: 0, maxResponseBytes: 0, calculationSuspends: 0 };
  selection: { sheet: string; address: string } | null = null;
  activeSheet: ExcelJS.Worksheet | null = null;
  cellEditMode = false;
  private queue: Op[] = [];
  private failAt: number | null = null;

  constructor(
    readonly workbook: ExcelJS.Workbook,
    readonly payloadLimit: number,
  ) {}

  enqueue(apply: () => LoadResult | void, payload?: unknown): void {
    this.queue.push({ apply, requestBytes: payload === undefined ? 0 : JSON.stringify(payload).length });
  }

  /** Fails the n-th sync from now (1 = the next one); null clears it. */
  failAtSync(n: number | null): void {
    this.failAt = n === null ? null : this.stats.syncs + n;
  }

  /** A failed Excel.run drops whatever its batch still had queued. */
  discardPending(): void {
    this.queue = [];
  }

  hasPending(): boolean {
    return this.queue.length > 0;
  }

  async sync(): Promise<void> {
    const ops = this.queue;
    this.queue = [];
    this.stats.syncs++;
    await Promise.resolve();
    if (this.cellEditMode) throw new EmulatorError("InvalidOperationInCellEditMode", "Excel is in cell-editing mode.");
    if (this.failAt === this.stats.syncs) {
      this.failAt = null;
      throw new EmulatorError("GeneralException", `Injected failure at sync ${this.stats.syncs}.`);
    }
    const request = ops.reduce((sum, op) => sum + op.requestBytes, 0);
    this.stats.requestBytes += request;
    this.stats.maxRequestBytes = Math.max(this.stats.maxRequestBytes, request);
    if (request > this.payloadLimit) throw new EmulatorError("RequestPayloadSizeLimitExceeded", `The request is ${request} bytes, over the ${this.payloadLimit} byte limit.`);
    const loads: LoadResult[] = [];
    for (const op of ops) {
      const result = op.apply();
      if (result) loads.push(result);
    }
    const response = loads.reduce((sum, load) => sum + load.bytes, 0);
    this.stats.responseBytes += response;
    this.stats.maxResponseBytes = Math.max(this.stats.maxResponseBytes, response);
    if (response > this.payloadLimit) throw new EmulatorError("ResponsePayloadSizeLimitExceeded", `The response is ${response} bytes, over the ${this.payloadLimit} byte limit.`);
    for (const load of loads) load.commit();
  }
}
