import { createNodeFakeExcel } from "../src/host/fake-excel/node";
import { OfficeWorkbook } from "../src/host/office/workbook";
import { createQippService } from "../src/app/service";
import { loadExcelJs } from "./floor";

export interface ActionCost {
  syncs: number;
  maxRequestBytes: number;
  maxResponseBytes: number;
  requestBytes: number;
  responseBytes: number;
}

export interface OfficeCosts {
  validate: ActionCost;
  buildRollups: ActionCost;
  /** Build rollups again over its own sheets: from ExcelApi 1.9 they are replaced in place (copyFrom). */
  rebuild: ActionCost;
}

/** Validate, then Build rollups, through the service over the Office.js host on the emulator: what Excel would be sent. */
export async function officeCosts(xlsx: Buffer): Promise<OfficeCosts> {
  const emulator = createNodeFakeExcel(await loadExcelJs(xlsx));
  const service = createQippService(new OfficeWorkbook(emulator.run, { name: "national.xlsx" }));
  const cost = (): ActionCost => {
    const { syncs, maxRequestBytes, maxResponseBytes, requestBytes, responseBytes } = emulator.stats;
    return { syncs, maxRequestBytes, maxResponseBytes, requestBytes, responseBytes };
  };
  emulator.resetStats();
  const validated = await service.validate();
  if (!validated.ok) throw new Error(validated.message);
  const validate = cost();
  emulator.resetStats();
  const built = await service.buildRollups();
  if (!built.ok) throw new Error(built.message);
  const buildRollups = cost();
  emulator.resetStats();
  const rebuilt = await service.buildRollups();
  if (!rebuilt.ok) throw new Error(rebuilt.message);
  return { validate, buildRollups, rebuild: cost() };
}
