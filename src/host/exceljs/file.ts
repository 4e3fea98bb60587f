import { readFile, writeFile } from "node:fs/promises";
import { basename } from "node:path";
import { XlsxWorkbook } from "./workbook";

/** Node only: kept apart from xlsx.ts so the browser bundle never pulls in fs. */
export async function openXlsxFile(path: string): Promise<XlsxWorkbook> {
  return XlsxWorkbook.fromBuffer(basename(path), await readFile(path));
}

export async function saveXlsxFile(workbook: XlsxWorkbook, path: string): Promise<void> {
  await writeFile(path, await workbook.toBuffer());
}
