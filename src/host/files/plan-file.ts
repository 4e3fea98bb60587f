import type { SheetGrid } from "../../core/grid";
import type { WorkbookPort, WriteResult } from "../../app/workbook-port";
import { readSpreadsheet } from "./read";

/** A plan file added in the pane: read once, in any format we read; never written to. */
class PlanFileWorkbook implements WorkbookPort {
  constructor(
    readonly name: string,
    private readonly sheets: SheetGrid[],
  ) {}
  async listSheets(): Promise<string[]> {
    return this.sheets.map((s) => s.name);
  }
  async readSheets(names?: string[]): Promise<SheetGrid[]> {
    if (!names) return this.sheets;
    const wanted = new Set(names.map((n) => n.toLowerCase()));
    return this.sheets.filter((s) => wanted.has(s.name.toLowerCase()));
  }
  async writeSheets(): Promise<WriteResult> {
    throw new Error(`${this.name} is an added plan file: outputs go to the open workbook.`);
  }
  async selectCell(): Promise<void> {
    throw new Error(`${this.name} is not open in Excel: open it to go to the cell.`);
  }
}

export async function openPlanFile(name: string, data: ArrayBuffer | Uint8Array): Promise<WorkbookPort> {
  const bytes = data instanceof Uint8Array ? data : new Uint8Array(data);
  const file = await readSpreadsheet(name, bytes);
  return new PlanFileWorkbook(name, file.sheets);
}
