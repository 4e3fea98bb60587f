import type { ExcelBatchRun } from "./read";

/**
 * Excel.run for the add-in: a batch sent while the user edits a cell waits until they leave it
 * (https://learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-delay-in-cell-edit). Microsoft's library
 * sets the request flag only where the host reports the DelayForCellEdit capability (onBeforeExcelRun in
 * excel-web-16.00.js), so no ExcelApi guard is needed: elsewhere the batch fails and retryingCellEdit explains.
 */
export const officeExcelRun: ExcelBatchRun = (batch) => Excel.run({ delayForCellEdit: true }, batch);
