import { rename, unlink, writeFile } from "node:fs/promises";
import type { OutputSheet } from "../core/report/model";
import { addSheetsToPackage } from "../host/files/add-sheets";
import { nodeCodec } from "../host/files/node-codec";
import { outputExtension } from "../host/files/output-name";
import type { SpreadsheetFile } from "../host/files/read";

export const outputExtensionOf = (file: SpreadsheetFile) => outputExtension(file.format);

/**
 * Writes the user's package with the output sheets added (see host/files/add-sheets.ts), through a
 * temporary file renamed into place, so a failure never leaves half a workbook at the target.
 */
export async function writeOutputWorkbook(file: SpreadsheetFile, sheets: OutputSheet[], target: string): Promise<void> {
  await writeAtomically(target, addSheetsToPackage(await file.outputPackage(), sheets, nodeCodec).bytes);
}

/** Text (UTF-8) written the same way: whole or not at all. */
export async function writeTextFile(target: string, text: string): Promise<void> {
  await writeAtomically(target, new TextEncoder().encode(text));
}

async function writeAtomically(target: string, bytes: Uint8Array): Promise<void> {
  const temp = `${target}.qipp-tmp`;
  try {
    await writeFile(temp, bytes);
    await rename(temp, target);
  } catch (e) {
    await unlink(temp).catch(() => undefined);
    throw e;
  }
}
