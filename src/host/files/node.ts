import { readFile } from "node:fs/promises";
import { basename } from "node:path";
import { nodeCodec } from "./node-codec";
import { readSpreadsheet, type SpreadsheetFile } from "./read";

/** Node only (kept apart so the browser bundle never pulls in fs or zlib). */
export async function openSpreadsheetFile(path: string, data?: Uint8Array): Promise<SpreadsheetFile> {
  const bytes = data ?? new Uint8Array(await readFile(path));
  return readSpreadsheet(basename(path), bytes, nodeCodec);
}
