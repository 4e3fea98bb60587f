export const CELL_EDIT_MESSAGE = "Excel is editing a cell: press Enter or Esc, then try again.";
/** InvalidOperation has other causes than cell-edit mode, so the message says "if". */
export const MAYBE_CELL_EDIT_MESSAGE = "Excel could not do this just now. If you are editing a cell, press Enter or Esc, then try again.";

export function officeErrorCode(error: unknown): string | undefined {
  if (error && typeof error === "object" && "code" in error && typeof error.code === "string") return error.code;
  return undefined;
}

/**
 * A batch sent while the user edits a cell fails: Excel's error codes name InvalidOperationInCellEditMode
 * (https://learn.microsoft.com/javascript/api/excel/excel.errorcodes), while the delay-in-cell-edit page
 * says the batch "automatically fails" and hosts have answered InvalidOperation
 * (https://learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-delay-in-cell-edit). Both are retried once.
 */
const CELL_EDIT_CODES = new Set(["InvalidOperationInCellEditMode", "InvalidOperation"]);

export function isCellEditError(error: unknown): boolean {
  return CELL_EDIT_CODES.has(officeErrorCode(error) ?? "");
}

/** Runs an Excel batch, once more if Excel was in cell-edit mode, then fails with a message that says what to do. */
export async function retryingCellEdit<T>(attempt: () => Promise<T>, delayMs: number): Promise<T> {
  try {
    return await attempt();
  } catch (error) {
    if (!isCellEditError(error)) throw error;
  }
  await new Promise((resolve) => setTimeout(resolve, delayMs));
  try {
    return await attempt();
  } catch (error) {
    const code = officeErrorCode(error);
    if (code === "InvalidOperationInCellEditMode") throw new Error(CELL_EDIT_MESSAGE, { cause: error });
    if (code === "InvalidOperation") throw new Error(MAYBE_CELL_EDIT_MESSAGE, { cause: error });
    throw error;
  }
}
