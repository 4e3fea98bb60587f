import type ExcelJS from "exceljs";
import type { HostObject } from "./types/registry";
import { HostError } from "./model/errors";

/** A table as the host tracks it: ExcelJS keys tables by name, Excel by a stable id. */
export interface TableRecord {
  id: number;
  sheet: ExcelJS.Worksheet;
  name: string;
}

/** The workbook model behind the fake host, and the host-side state Excel keeps beside it. */
export class FakeExcelState {
  selection: { sheet: string; address: string } | null = null;
  activeSheet: ExcelJS.Worksheet | null = null;
  calculationSuspends = 0;
  readonly tables: TableRecord[] = [];
  /** Objects kept across requests (Excel.run's tracked ranges), by reference id. */
  readonly references = new Map<string, HostObject>();
  private nextReference = 1;
  private readonly sheetIds = new WeakMap<ExcelJS.Worksheet, string>();
  private nextSheetId = 1;
  private nextTableId = 1;
  private readonly hyperlinks = new WeakMap<ExcelJS.Worksheet, number>();

  constructor(readonly workbook: ExcelJS.Workbook) {}

  keepReference(target: HostObject): string {
    const id = `ref${this.nextReference++}`;
    this.references.set(id, target);
    return id;
  }

  /** Excel gives each worksheet a GUID-like id that survives renames and moves. */
  sheetId(sheet: ExcelJS.Worksheet): string {
    let id = this.sheetIds.get(sheet);
    if (!id) {
      id = `{00000000-0001-0000-${String(this.nextSheetId++).padStart(4, "0")}-000000000000}`;
      this.sheetIds.set(sheet, id);
    }
    return id;
  }

  sheetById(id: string): ExcelJS.Worksheet | undefined {
    return this.workbook.worksheets.find((ws) => this.sheetIds.get(ws) === id);
  }

  /**
   * Excel allows 65,530 hyperlinks per worksheet (https://support.microsoft.com/office/excel-specifications-and-limits-1672b34d-7043-467e-8e27-269d656771c3);
   * the fake host refuses the next one. Counted once per sheet, then kept (a cleared link still counts: stricter, never looser).
   */
  countHyperlink(cell: ExcelJS.Cell): void {
    const sheet = cell.worksheet;
    let count = this.hyperlinks.get(sheet);
    if (count === undefined) {
      count = 0;
      sheet.eachRow((row) => row.eachCell((c) => void (c.value && typeof c.value === "object" && "hyperlink" in c.value && count!++)));
    }
    const replacing = Boolean(cell.value && typeof cell.value === "object" && "hyperlink" in cell.value);
    if (!replacing && count >= 65_530) throw new HostError("InvalidArgument", "A worksheet can hold 65,530 hyperlinks.");
    this.hyperlinks.set(sheet, replacing ? count : count + 1);
  }

  addTable(sheet: ExcelJS.Worksheet, name: string): TableRecord {
    const record = { id: this.nextTableId++, sheet, name };
    this.tables.push(record);
    return record;
  }

  /** Tables that still exist, including those the workbook had when it was opened. */
  liveTables(): TableRecord[] {
    for (const ws of this.workbook.worksheets) {
      for (const t of ws.getTables()) {
        const name = (t as unknown as { name: string }).name;
        if (!this.tables.some((r) => r.sheet === ws && r.name === name)) this.addTable(ws, name);
      }
    }
    const live = this.tables.filter((r) => this.workbook.worksheets.includes(r.sheet) && r.sheet.getTable(r.name));
    this.tables.splice(0, this.tables.length, ...live);
    return live;
  }
}
