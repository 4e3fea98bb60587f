import type { OutputSheet } from "../core/report/model";
import { addSheetsToPackage } from "../host/files/add-sheets";
import type { WorkbookPort } from "../app/workbook-port";

/**
 * The preview's Download follows the CLI's rule: the file opened, byte for byte, with the output
 * sheets written since added to it (never the emulator's workbook re-serialised).
 */
export function recordOutputs(port: WorkbookPort, original: Uint8Array): { port: WorkbookPort; download: () => Uint8Array } {
  const outputs = new Map<string, OutputSheet>();
  const recording: WorkbookPort = {
    name: port.name,
    listSheets: () => port.listSheets(),
    readSheets: (names) => port.readSheets(names),
    selectCell: (sheet, cell) => port.selectCell(sheet, cell),
    writeSheets: async (sheets) => {
      const result = await port.writeSheets(sheets);
      for (const sheet of sheets) outputs.set(sheet.name, sheet);
      return result;
    },
  };
  return { port: recording, download: () => addSheetsToPackage(original, [...outputs.values()]).bytes };
}
