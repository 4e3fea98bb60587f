export const CELL_EDIT_MESSAGE = "Excel is editing a cell: press Enter or Esc, then try again.";

export function officeErrorCode(error: unknown): string | undefined {
  if (error && typeof error === "object" && "code" in error && typeof error.code === "string") return error.code;
  return undefined;
}

/** Runs an Excel batch, once more if Excel was in cell-edit mode, then fails with a message that says what to do. */
export async function retryingCellEdit<T>(attempt: () => Promise<T>, delayMs: number): Promise<T> {
  try {
    return await attempt();
  } catch (error) {
    if (officeErrorCode(error) !== "InvalidOperationInCellEditMode") throw error;
  }
  await new Promise((resolve) => setTimeout(resolve, delayMs));
  try {
    return await attempt();
  } catch (error) {
    if (officeErrorCode(error) === "InvalidOperationInCellEditMode") throw new Error(CELL_EDIT_MESSAGE, { cause: error });
    throw error;
  }
}
