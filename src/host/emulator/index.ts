import type ExcelJS from "exceljs";
import { ClientObject } from "./client-object";
import { DEFAULT_PAYLOAD_LIMIT, Session, type EmulatorStats } from "./session";
import { EmulatorWorksheetCollection } from "./worksheets";

export { EmulatorError, errorCode } from "./errors";
export type { EmulatorStats } from "./session";

class EmulatorApplication implements Pick<Excel.Application, "suspendApiCalculationUntilNextSync"> {
  constructor(private readonly session: Session) {}
  suspendApiCalculationUntilNextSync(): void {
    this.session.stats.calculationSuspends++;
    this.session.enqueue(() => undefined);
  }
}

class EmulatorWorkbook {
  readonly worksheets: EmulatorWorksheetCollection;
  constructor(session: Session, readonly application: EmulatorApplication) {
    this.worksheets = new EmulatorWorksheetCollection(session);
  }
}

export class EmulatorRequestContext implements Pick<Excel.RequestContext, "sync"> {
  readonly application: EmulatorApplication;
  readonly workbook: EmulatorWorkbook;

  constructor(private readonly session: Session) {
    this.application = new EmulatorApplication(session);
    this.workbook = new EmulatorWorkbook(session, this.application);
  }

  sync<T>(passThroughValue?: T): Promise<T> {
    return this.session.sync().then(() => passThroughValue as T);
  }

  /** Office.js exposes load on the context too: context.load(object, props). */
  load<T extends ClientObject>(object: T, option?: string | string[]): T {
    return object.load(option);
  }
}

export type ExcelRun = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

export interface ExcelEmulator {
  /** Like Excel.run: runs the batch, then sends anything still queued. */
  run: ExcelRun;
  stats: EmulatorStats;
  /** Fails the n-th sync from now (1 = the next one); nothing of that batch is applied. */
  failAtSync(n: number | null): void;
  setCellEditMode(editing: boolean): void;
  resetStats(): void;
  /** The cell last selected with Range.select(), if any. */
  selection(): { sheet: string; address: string } | null;
  activeSheet(): string | null;
  workbook: ExcelJS.Workbook;
}

export function createExcelEmulator(workbook: ExcelJS.Workbook, options: { payloadLimitBytes?: number } = {}): ExcelEmulator {
  const session = new Session(workbook, options.payloadLimitBytes ?? DEFAULT_PAYLOAD_LIMIT);
  const run: ExcelRun = async (batch) => {
    const context = new EmulatorRequestContext(session);
    try {
      const result = await batch(context as unknown as Excel.RequestContext);
      if (session.hasPending()) await session.sync();
      return result;
    } finally {
      session.discardPending();
    }
  };
  return {
    run,
    stats: session.stats,
    failAtSync: (n) => session.failAtSync(n),
    setCellEditMode: (editing) => void (session.cellEditMode = editing),
    resetStats: () => Object.assign(session.stats, { syncs: 0, requestBytes: 0, responseBytes: 0, maxRequestBytes: 0, maxResponseBytes: 0, calculationSuspends: 0 }),
    selection: () => session.selection,
    activeSheet: () => session.activeSheet?.name ?? null,
    workbook,
  };
}
