import { readFile } from "node:fs/promises";
import { basename } from "node:path";
import type { WorkbookGrids } from "../core/grid";
import { parsePackText } from "../core/rules/load";
import type { RulePack } from "../core/rules/schema";
import { XlsxWorkbook } from "../host/xlsx";

/** An input the CLI cannot use: exit code 2 with this one-line reason. */
export class InputError extends Error {}

export interface LoadedWorkbook {
  path: string;
  host: XlsxWorkbook;
  grids: WorkbookGrids;
}

export async function loadWorkbook(path: string): Promise<LoadedWorkbook> {
  let data: Buffer;
  try {
    data = await readFile(path);
  } catch (e) {
    throw new InputError(`cannot read ${path}: ${(e as NodeJS.ErrnoException).code === "ENOENT" ? "no such file" : (e as Error).message}`);
  }
  let host: XlsxWorkbook;
  try {
    host = await XlsxWorkbook.fromBuffer(basename(path), data);
  } catch (e) {
    throw new InputError(`${path} is not an .xlsx workbook (${(e as Error).message.split("\n")[0]})`);
  }
  return { path, host, grids: { name: basename(path), sheets: await host.readSheets() } };
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
