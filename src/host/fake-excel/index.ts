import type ExcelJS from "exceljs";
import { LATEST_EXCEL_API, isSetSupported, type ApiLevel } from "./api-sets";
import { HostError, type HostErrorCode } from "./model/errors";
import type { RequestBody, ResponseMessage } from "./protocol";
import { RequestRunner } from "./server";
import { FakeExcelState } from "./state";

export { HostError, errorCode, type HostErrorCode } from "./model/errors";
export { LATEST_EXCEL_API, type ApiLevel } from "./api-sets";

export interface FakeExcelStats {
  syncs: number;
  actions: number;
  requestBytes: number;
  responseBytes: number;
  maxRequestBytes: number;
  maxResponseBytes: number;
  calculationSuspends: number;
}

export interface FakeExcelOptions {
  /** ExcelApi requirement set the host supports (default: the latest). */
  level?: ApiLevel;
  /** Excel on the web refuses requests and responses over 5 MB. */
  payloadLimitBytes?: number;
  /** Older Excel on the web reported an oversized request as GeneralException. */
  oversizeCode?: "RequestPayloadSizeLimitExceeded" | "GeneralException";
  /** The code a batch fails with in cell-edit mode (Excel.ErrorCodes names one, hosts have sent the other). */
  cellEditCode?: "InvalidOperationInCellEditMode" | "InvalidOperation";
  /** Whether the host honours Excel.run({ delayForCellEdit: true }) (default true). */
  delaysForCellEdit?: boolean;
  /**
   * Excel works on a request in its own process and answers in a message event, a task of the pane's
   * own. In the browser preview this pause (the pane's yieldToHost) puts the emulated work in tasks
   * apart from the pane's, each marked "emulated Excel" (User Timing) so the bench can tell them apart.
   */
  answerInOwnTask?: () => Promise<void>;
}

export type ExcelRun = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

export interface FakeExcel {
  /** Excel.run of Microsoft's library, wired to this host. */
  run: ExcelRun;
  /** Excel.run with run options (https://learn.microsoft.com/javascript/api/excel/excel.runoptions). */
  runWith(options: Excel.RunOptions): ExcelRun;
  stats: FakeExcelStats;
  level: ApiLevel;
  isSetSupported(name: string, version: string): boolean;
  /** Fails the n-th action from now (1 = the next one), counted across requests; earlier ones stay applied. */
  failAtAction(n: number | null, code?: HostErrorCode): void;
  /** Fails the n-th request from now at its first action: nothing of it is applied. */
  failAtSync(n: number | null, code?: HostErrorCode): void;
  setCellEditMode(editing: boolean): void;
  resetStats(): void;
  selection(): { sheet: string; address: string } | null;
  activeSheet(): string | null;
  workbook: ExcelJS.Workbook;
}

export const EXCEL_WEB_PAYLOAD_LIMIT = 5 * 1024 * 1024;
/** The User Timing name of the emulated Excel's work on one request (with answerInOwnTask). */
export const EMULATED_EXCEL_MEASURE = "emulated Excel";

const encoder = new TextEncoder();
const byteLength = (text: string) => encoder.encode(text).length;

/** A fake Excel host: the other end of the wire for Microsoft's Excel client library (`excel`). */
export function createFakeExcel(excel: typeof Excel, workbook: ExcelJS.Workbook, options: FakeExcelOptions = {}): FakeExcel {
  const state = new FakeExcelState(workbook);
  const level = options.level ?? LATEST_EXCEL_API;
  const limit = options.payloadLimitBytes ?? EXCEL_WEB_PAYLOAD_LIMIT;
  const stats: FakeExcelStats = { syncs: 0, actions: 0, requestBytes: 0, responseBytes: 0, maxRequestBytes: 0, maxResponseBytes: 0, calculationSuspends: 0 };
  let failAction: number | null = null;
  let failSync: number | null = null;
  let failCode: HostErrorCode = "GeneralException";
  let cellEdit = false;
  const leftCellEdit: (() => void)[] = [];
  // The library marks a delayForCellEdit request with this flag (excel-web-16.00.js, onBeforeExcelRun).
  const DELAY_FOR_CELL_EDIT_FLAG = 64;

  const refuse = (code: string, message: string, status: number): ResponseMessage => ({ HttpStatusCode: status, ErrorCode: code, ErrorMessage: message, Headers: {}, Body: null });

  const execute = (body: RequestBody): ResponseMessage => {
    stats.syncs++;
    const requestBytes = byteLength(JSON.stringify(body));
    stats.requestBytes += requestBytes;
    stats.maxRequestBytes = Math.max(stats.maxRequestBytes, requestBytes);
    if (requestBytes > limit) return refuse(options.oversizeCode ?? "RequestPayloadSizeLimitExceeded", `The request payload is ${requestBytes} bytes, over the ${limit} byte limit.`, 413);
    const failThisSync = failSync === stats.syncs;
    const runner = new RequestRunner(body, state, level, (index) => {
      stats.actions++;
      if (cellEdit) throw new HostError(options.cellEditCode ?? "InvalidOperationInCellEditMode", "Excel is in cell-editing mode.");
      if (failThisSync || failAction === stats.actions) throw new HostError(failCode, `Injected failure at action ${index} of request ${stats.syncs}.`);
    });
    const suspendsBefore = state.calculationSuspends;
    const response = runner.run();
    stats.calculationSuspends += state.calculationSuspends - suspendsBefore;
    const text = JSON.stringify(response);
    const responseBytes = byteLength(text);
    stats.responseBytes += responseBytes;
    stats.maxResponseBytes = Math.max(stats.maxResponseBytes, responseBytes);
    if (responseBytes > limit) return refuse("ResponsePayloadSizeLimitExceeded", `The response payload is ${responseBytes} bytes, over the ${limit} byte limit.`, 413);
    // The library sees a parsed copy, as it would after HTTP, never the model's own arrays.
    return { HttpStatusCode: 200, ErrorCode: null, ErrorMessage: null, Headers: {}, Body: JSON.parse(text) };
  };

  const executor = {
    // A delayed request waits until the user leaves the cell, then runs
    // (https://learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-delay-in-cell-edit).
    executeAsync: (_customData: unknown, flags: number, message: { Body: RequestBody }) => {
      const delayed = cellEdit && (options.delaysForCellEdit ?? true) && (flags & DELAY_FOR_CELL_EDIT_FLAG) !== 0;
      const ready = delayed ? new Promise<void>((resolve) => void leftCellEdit.push(resolve)) : Promise.resolve();
      const pause = options.answerInOwnTask;
      if (!pause) return ready.then(() => execute(message.Body));
      return ready.then(pause).then(() => {
        const start = performance.now();
        const response = execute(message.Body);
        performance.measure(EMULATED_EXCEL_MEASURE, { start, end: performance.now() });
        return pause().then(() => response);
      });
    },
  };
  const resolver = {
    _resolveRequestUrlAndHeaderInfo: () => Promise.resolve({ url: "https://fake-excel.invalid/", headers: {} }),
    _createRequestExecutorOrNull: () => executor,
  };

  const runWith = (runOptions: Excel.RunOptions): ExcelRun => (batch) =>
    (excel.run as unknown as <T>(info: unknown, b: typeof batch) => Promise<T>)({ ...runOptions, session: resolver }, batch);
  return {
    run: (batch) => (excel.run as unknown as <T>(info: unknown, b: typeof batch) => Promise<T>)(resolver, batch),
    runWith,
    stats,
    level,
    isSetSupported: (name, version) => name === "ExcelApi" && isSetSupported(level, version),
    failAtAction: (n, code: HostErrorCode = "GeneralException") => void ((failAction = n === null ? null : stats.actions + n), (failCode = code)),
    failAtSync: (n, code: HostErrorCode = "GeneralException") => void ((failSync = n === null ? null : stats.syncs + n), (failCode = code)),
    setCellEditMode: (editing) => {
      cellEdit = editing;
      if (!editing) for (const resume of leftCellEdit.splice(0)) resume();
    },
    resetStats: () => Object.assign(stats, { syncs: 0, actions: 0, requestBytes: 0, responseBytes: 0, maxRequestBytes: 0, maxResponseBytes: 0, calculationSuspends: 0 }),
    selection: () => state.selection,
    activeSheet: () => state.activeSheet?.name ?? null,
    workbook,
  };
}
