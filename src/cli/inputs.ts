import { readFile } from "node:fs/promises";
import { basename } from "node:path";
import type { WorkbookGrids } from "../core/grid";
import { parsePackText } from "../core/rules/load";
import type { RulePack } from "../core/rules/schema";
import { FileReadError } from "../host/files/errors";
import { openSpreadsheetFile } from "../host/files/node";
import type { SpreadsheetFile } from "../host/files/read";

/** An input the CLI cannot use: exit code 2 with this one-line reason. */
export class InputError extends Error {}

export interface LoadedWorkbook {
  path: string;
  file: SpreadsheetFile;
  grids: WorkbookGrids;
}

export async function loadWorkbook(path: string): Promise<LoadedWorkbook> {
  let data: Uint8Array;
  try {
    data = new Uint8Array(await readFile(path));
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new InputError(`cannot read ${path}: ${code === "ENOENT" ? "no such file" : code === "EISDIR" ? "it is a folder" : (e as Error).message}`);
  }
  let file: SpreadsheetFile;
  try {
    file = await openSpreadsheetFile(path, data);
  } catch (e) {
    if (e instanceof FileReadError) throw new InputError(`${path}: ${e.message}`);
    throw e;
  }
  return { path, file, grids: { name: basename(path), sheets: file.sheets } };
}

export async function loadPackFile(path: string): Promise<RulePack> {
  let text: string;
  try {
    text = await readFile(path, "utf8");
  } catch {
    throw new InputError(`cannot read rule pack ${path}`);
  }
  const result = parsePackText(text, `rule pack ${basename(path)}`);
  if (!result.ok) throw new InputError(result.error);
  return result.pack;
}
