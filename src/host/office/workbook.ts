import type { SheetGrid } from "../../core/grid";
import type { OutputSheet } from "../../core/report/model";
import { officeErrorCode, retryingCellEdit } from "./errors";
import { readGrids, type ExcelBatchRun } from "./read";
import { isPayloadError, officeSupports, type SupportsExcelApi } from "./requirements";
import type { WorkbookPort, WriteResult } from "../../app/workbook-port";

export interface OfficeWorkbookOptions {
  /** Shown as the source on output sheets. */
  name?: string;
  /** Largest request or response to send in one sync (Excel on the web allows about 5 MB). */
  payloadLimitBytes?: number;
  /** Wait before the one retry when Excel is in cell-edit mode. */
  cellEditRetryMs?: number;
  /** ExcelApi versions the host supports (default: Office.context.requirements). */
  supports?: SupportsExcelApi;
  /** Hands the pane's thread back while output sheets are queued (the pane: app/yield-to-host.ts). */
  yieldToHost?: () => Promise<void>;
}

export const DEFAULT_OFFICE_PAYLOAD_LIMIT = 4 * 1024 * 1024;

/** The workbook port over the Excel JavaScript API; `run` is Excel.run in Office; in tests, Excel.run of Microsoft's library on the fake Excel host. */
export class OfficeWorkbook implements WorkbookPort {
  readonly name: string;
  private readonly limit: number;
  private readonly retryMs: number;
  private readonly supports: SupportsExcelApi;
  private readonly yieldToHost?: () => Promise<void>;

  constructor(private readonly run: ExcelBatchRun, options: OfficeWorkbookOptions = {}) {
    this.name = options.name ?? "Open workbook";
    this.limit = options.payloadLimitBytes ?? DEFAULT_OFFICE_PAYLOAD_LIMIT;
    this.retryMs = options.cellEditRetryMs ?? 1000;
    this.supports = options.supports ?? officeSupports();
    this.yieldToHost = options.yieldToHost;
  }

  listSheets(): Promise<string[]> {
    return retryingCellEdit(
      () =>
        this.run(async (context) => {
          const sheets = context.workbook.worksheets.load("items/name");
          await context.sync();
          return sheets.items.map((ws) => ws.name);
        }),
      this.retryMs,
    );
  }

  readSheets(names?: string[]): Promise<SheetGrid[]> {
    return retryingCellEdit(() => readGrids(this.run, names, this.limit), this.retryMs);
  }

  /** A refused payload applied nothing and left no temporary sheet: write again in smaller requests. */
  async writeSheets(sheets: OutputSheet[]): Promise<WriteResult> {
    // The sheet writer loads on the first write, so the pane starts without it.
    const { writeOutputSheets } = await import(/* webpackChunkName: "office-write" */ "./write");
    let limit = this.limit;
    for (let attempt = 0; ; attempt++) {
      try {
        return await retryingCellEdit(() => writeOutputSheets(this.run, sheets, limit, this.supports, this.yieldToHost), this.retryMs);
      } catch (error) {
        if (attempt >= 3 || !isPayloadError(officeErrorCode(error), attempt === 0)) throw error;
        limit = Math.floor(limit / 4);
      }
    }
  }

  async selectCell(sheet: string, cell: string): Promise<void> {
    try {
      await retryingCellEdit(
        () =>
          this.run(async (context) => {
            const ws = context.workbook.worksheets.getItem(sheet);
            ws.activate();
            ws.getRange(cell).select();
            await context.sync();
          }),
        this.retryMs,
      );
    } catch (error) {
      if (officeErrorCode(error) === "ItemNotFound") throw new Error(`There is no sheet named "${sheet}" in this workbook any more: run Validate again.`, { cause: error });
      throw error;
    }
  }
}
