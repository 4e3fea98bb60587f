import type ExcelJS from "exceljs";
import { addTableOverCells, renameTable } from "../exceljs-style";
import { parseRangeAddress } from "./address";
import { ClientObject } from "./client-object";
import { EmulatorError } from "./errors";
import type { Session } from "./session";

interface Bound {
  sheet: ExcelJS.Worksheet;
  name: string;
}

function tableNames(workbook: ExcelJS.Workbook): Set<string> {
  return new Set(workbook.worksheets.flatMap((ws) => ws.getTables().map((t) => (t as unknown as { name: string }).name.toLowerCase())));
}

export class EmulatorTableCollection {
  constructor(private readonly session: Session, private readonly sheet: () => ExcelJS.Worksheet) {}

  add(address: string, hasHeaders: boolean): EmulatorTable {
    const table = new EmulatorTable(this.session);
    this.session.enqueue(() => {
      if (!hasHeaders) throw new EmulatorError("InvalidArgument", "The emulator supports tables with headers only.");
      const sheet = this.sheet();
      const b = parseRangeAddress(address);
      const taken = tableNames(this.session.workbook);
      let n = 1;
      while (taken.has(`table${n}`)) n++;
      addTableOverCells(sheet, `Table${n}`, b.top, b.left, b.bottom, b.right);
      table.bind({ sheet, name: `Table${n}` });
    }, { address, hasHeaders });
    return table;
  }
}

export class EmulatorTable extends ClientObject implements Pick<Excel.Table, "name" | "delete"> {
  protected readonly typeName = "Table";
  protected readonly defaultProperties = ["name"];
  private bound: Bound | null = null;

  bind(bound: Bound): void {
    this.bound = bound;
  }

  private table(): Bound {
    if (!this.bound || !this.session.workbook.worksheets.includes(this.bound.sheet) || !this.bound.sheet.getTable(this.bound.name)) {
      throw new EmulatorError("ItemNotFound", "The table doesn't exist.");
    }
    return this.bound;
  }

  get name(): string {
    return this.loadedValue("name");
  }
  set name(name: string) {
    this.session.enqueue(() => {
      const bound = this.table();
      if (!/^[A-Za-z_\\][A-Za-z0-9_.]*$/.test(name)) throw new EmulatorError("InvalidArgument", `"${name}" is not a valid table name.`);
      if (name.toLowerCase() !== bound.name.toLowerCase() && tableNames(this.session.workbook).has(name.toLowerCase())) {
        throw new EmulatorError("InvalidArgument", `A table named "${name}" already exists.`);
      }
      renameTable(bound.sheet, bound.name, name);
      bound.name = name;
    }, name);
  }

  delete(): void {
    this.session.enqueue(() => {
      const bound = this.table();
      bound.sheet.removeTable(bound.name);
    });
  }

  protected snapshot(names: string[]): Record<string, unknown> {
    const bound = this.table();
    const out: Record<string, unknown> = {};
    for (const name of names) {
      if (name === "name") out.name = bound.name;
      else this.unknownProperty(name);
    }
    return out;
  }
}
