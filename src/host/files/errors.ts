/**
 * A spreadsheet file that cannot be used. The message is one line: what is wrong, then what to do,
 * e.g. "encrypted: remove the password in Excel and save again".
 */
export class FileReadError extends Error {
  override name = "FileReadError";
  constructor(
    readonly reason: string,
    readonly hint: string,
  ) {
    super(`${reason}: ${hint}`);
  }
}

export const unreadable = (reason: string, hint: string): FileReadError => new FileReadError(reason, hint);

export const SAVE_AGAIN = "open it in Excel or LibreOffice and save it as .xlsx, then try again";
