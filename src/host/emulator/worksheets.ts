import type ExcelJS from "exceljs";
import { findSheet } from "../exceljs-cells";
import { ClientObject } from "./client-object";
import { EmulatorError } from "./errors";
import type { LoadResult, Session } from "./session";
import { checkNewName } from "./sheet-admin";
import { EmulatorWorksheet } from "./worksheet";

export class EmulatorWorksheetCollection extends ClientObject {
  protected readonly typeName = "WorksheetCollection";
  protected readonly defaultProperties = ["name", "position", "id"];

  constructor(session: Session) {
    super(session);
  }

  get items(): EmulatorWorksheet[] {
    return this.loadedValue("items");
  }

  getItem(name: string): EmulatorWorksheet {
    return new EmulatorWorksheet(this.session, () => findSheet(this.session.workbook, name) ?? null, false, name);
  }

  getItemOrNullObject(name: string): EmulatorWorksheet {
    return new EmulatorWorksheet(this.session, () => findSheet(this.session.workbook, name) ?? null, true, name);
  }

  add(name?: string): EmulatorWorksheet {
    let created: ExcelJS.Worksheet | null = null;
    const label = name ?? "new sheet";
    this.session.enqueue(() => {
      const wb = this.session.workbook;
      let sheetName = name;
      for (let n = wb.worksheets.length + 1; !sheetName || findSheet(wb, sheetName); n++) sheetName = name ?? `Sheet${n}`;
      checkNewName(wb, sheetName);
      created = wb.addWorksheet(sheetName);
    }, name);
    return new EmulatorWorksheet(this.session, () => created, false, label);
  }

  protected override loadNow(names: string[]): LoadResult {
    const sheets = this.session.workbook.worksheets;
    const items = sheets.map((ws) => new EmulatorWorksheet(this.session, () => ws, false, ws.name, ws));
    const snapshots = items.map((item) => item.snapshotFor(names));
    return {
      bytes: JSON.stringify(snapshots).length,
      commit: () => {
        items.forEach((item, i) => item.commitLoaded(snapshots[i]));
        this.loaded.set("items", items);
      },
    };
  }

  protected snapshot(): Record<string, unknown> {
    throw new EmulatorError("InvalidArgument", "Load the worksheets collection through its items.");
  }
}
