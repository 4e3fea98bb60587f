/**
 * ExcelJS loading a workbook in the preview, named so the long-task test can set it apart: in Excel the
 * workbook is opened by Excel itself, in its own process, before the pane runs.
 */
export const PREVIEW_OPEN_MEASURE = "preview open";

/** Runs `work`, recording its span as a performance measure of that name. */
export async function measured<T>(name: string, work: () => Promise<T>): Promise<T> {
  const start = performance.now();
  try {
    return await work();
  } finally {
    performance.measure(name, { start, end: performance.now() });
  }
}
