import type ExcelJS from "exceljs";
import { usedBounds } from "../exceljs-cells";
import { freezeRows } from "../exceljs-style";
import { ClientObject } from "./client-object";
import { EmulatorError } from "./errors";
import { EmulatorRange } from "./range";
import type { Session } from "./session";
import { EmulatorTableCollection } from "./tables";
import { EmulatorProtection, moveSheet, renameSheet } from "./sheet-admin";
import { parseRangeAddress } from "./address";

type Locate = () => ExcelJS.Worksheet | null;

export class EmulatorWorksheet extends ClientObject implements Pick<Excel.Worksheet, "name" | "position" | "activate" | "delete"> {
  protected readonly typeName = "Worksheet";
  protected readonly defaultProperties = ["name", "position", "id"];
  private target: ExcelJS.Worksheet | null | undefined;
  readonly freezePanes: Pick<Excel.WorksheetFreezePanes, "freezeRows">;
  readonly tables: EmulatorTableCollection;
  readonly protection: EmulatorProtection;

  constructor(session: Session, private readonly locate: Locate, private readonly orNull: boolean, private readonly label: string, bound?: ExcelJS.Worksheet) {
    super(session);
    this.target = bound;
    this.freezePanes = { freezeRows: (count?: number) => this.session.enqueue(() => freezeRows(this.sheet(), count ?? 1), count) };
    this.tables = new EmulatorTableCollection(session, () => this.sheet());
    this.protection = new EmulatorProtection(session, () => this.sheet());
    if (!bound) session.enqueue(() => void this.resolve());
  }

  /** Binds this proxy to a sheet once, as Excel binds it when the request runs. */
  resolve(): ExcelJS.Worksheet | null {
    if (this.target === undefined) this.target = this.locate();
    if (this.target === null && !this.orNull) throw new EmulatorError("ItemNotFound", `The requested resource doesn't exist: worksheet "${this.label}".`, "Worksheets.getItem");
    return this.target;
  }

  /** The live sheet for a command; a null object or a deleted sheet cannot take one. */
  sheet(): ExcelJS.Worksheet {
    const ws = this.resolve();
    if (!ws || !this.session.workbook.worksheets.includes(ws)) throw new EmulatorError("ItemNotFound", `The worksheet "${this.label}" doesn't exist.`);
    return ws;
  }

  get isNullObject(): boolean {
    return this.loadedValue("isNullObject");
  }
  get name(): string {
    return this.loadedValue("name");
  }
  set name(name: string) {
    this.session.enqueue(() => renameSheet(this.session.workbook, this.sheet(), name), name);
  }
  get position(): number {
    return this.loadedValue("position");
  }
  set position(position: number) {
    this.session.enqueue(() => moveSheet(this.session.workbook, this.sheet(), position), position);
  }

  activate(): void {
    this.session.enqueue(() => void (this.session.activeSheet = this.sheet()));
  }

  delete(): void {
    this.session.enqueue(() => {
      const ws = this.sheet();
      if (this.session.workbook.worksheets.length === 1) throw new EmulatorError("InvalidOperation", "A workbook must contain at least one visible worksheet.");
      this.session.workbook.removeWorksheet(ws.id);
    });
  }

  getRange(address: string): EmulatorRange {
    return new EmulatorRange(this.session, () => ({ sheet: this.sheet(), bounds: parseRangeAddress(address) }), false);
  }

  getCell(row: number, column: number): EmulatorRange {
    return new EmulatorRange(this.session, () => ({ sheet: this.sheet(), bounds: { top: row, left: column, bottom: row, right: column } }), false);
  }

  getUsedRange(_valuesOnly?: boolean): EmulatorRange {
    return this.usedRange(false);
  }

  getUsedRangeOrNullObject(_valuesOnly?: boolean): EmulatorRange {
    return this.usedRange(true);
  }

  private usedRange(orNull: boolean): EmulatorRange {
    return new EmulatorRange(
      this.session,
      () => {
        const ws = orNull ? this.resolve() : this.sheet();
        if (!ws) return null;
        const bounds = usedBounds(ws);
        if (bounds) return { sheet: ws, bounds };
        return orNull ? null : { sheet: ws, bounds: { top: 0, left: 0, bottom: 0, right: 0 } };
      },
      orNull,
    );
  }

  protected snapshot(names: string[]): Record<string, unknown> {
    const ws = this.resolve();
    if (!ws) return { isNullObject: true };
    const out: Record<string, unknown> = { isNullObject: false };
    for (const name of names) {
      if (name === "name") out.name = ws.name;
      else if (name === "position") out.position = this.session.workbook.worksheets.indexOf(ws);
      else if (name === "id") out.id = `{${ws.id}}`;
      else if (name === "visibility") out.visibility = "Visible";
      else if (name !== "isNullObject") this.unknownProperty(name);
    }
    return out;
  }
}
