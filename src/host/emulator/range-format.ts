import type ExcelJS from "exceljs";
import { charsToPoints, fillHex, fontColorHex, pointsToChars, setFill, setFont, setIndent } from "../exceljs-style";
import { ClientObject } from "./client-object";
import { EmulatorError } from "./errors";
import type { Session } from "./session";
import type { RangeTarget } from "./range";

type Locate = () => RangeTarget;

function eachCell({ sheet, bounds }: RangeTarget, apply: (cell: ExcelJS.Cell) => void): void {
  for (let r = bounds.top; r <= bounds.bottom; r++) {
    const row = sheet.getRow(r + 1);
    for (let c = bounds.left; c <= bounds.right; c++) apply(row.getCell(c + 1));
  }
}

/** The value shared by every cell of the range, or null when they differ (as Excel reports it). */
function common<T>({ sheet, bounds }: RangeTarget, read: (cell: ExcelJS.Cell) => T): T | null {
  const first = read(sheet.getCell(bounds.top + 1, bounds.left + 1));
  for (let r = bounds.top; r <= bounds.bottom; r++) {
    for (let c = bounds.left; c <= bounds.right; c++) if (read(sheet.getCell(r + 1, c + 1)) !== first) return null;
  }
  return first;
}

function hexFromCss(color: string): string {
  const m = /^#?([0-9a-f]{6})$/i.exec(color);
  if (!m) throw new EmulatorError("InvalidArgument", `"${color}" is not a colour the emulator understands (use #RRGGBB).`);
  return m[1].toUpperCase();
}

export class EmulatorRangeFormat extends ClientObject implements Pick<Excel.RangeFormat, "columnWidth" | "indentLevel"> {
  protected readonly typeName = "RangeFormat";
  protected readonly defaultProperties = ["columnWidth", "indentLevel"];
  readonly fill: EmulatorRangeFill;
  readonly font: EmulatorRangeFont;

  constructor(session: Session, private readonly range: Locate) {
    super(session);
    this.fill = new EmulatorRangeFill(session, range);
    this.font = new EmulatorRangeFont(session, range);
  }

  get columnWidth(): number {
    return this.loadedValue("columnWidth");
  }
  set columnWidth(points: number) {
    this.session.enqueue(() => {
      const { sheet, bounds } = this.range();
      for (let c = bounds.left; c <= bounds.right; c++) sheet.getColumn(c + 1).width = pointsToChars(points);
    }, points);
  }
  get indentLevel(): number {
    return this.loadedValue("indentLevel");
  }
  set indentLevel(level: number) {
    this.session.enqueue(() => eachCell(this.range(), (cell) => setIndent(cell, level)), level);
  }

  protected snapshot(names: string[]): Record<string, unknown> {
    const target = this.range();
    const out: Record<string, unknown> = {};
    for (const name of names) {
      if (name === "columnWidth") out.columnWidth = charsToPoints(target.sheet.getColumn(target.bounds.left + 1).width ?? 8.43);
      else if (name === "indentLevel") out.indentLevel = common(target, (cell) => cell.alignment?.indent ?? 0);
      else this.unknownProperty(name);
    }
    return out;
  }
}

export class EmulatorRangeFill extends ClientObject implements Pick<Excel.RangeFill, "color" | "clear"> {
  protected readonly typeName = "RangeFill";
  protected readonly defaultProperties = ["color"];

  constructor(session: Session, private readonly range: Locate) {
    super(session);
  }
  get color(): string {
    return this.loadedValue("color");
  }
  set color(color: string) {
    this.session.enqueue(() => eachCell(this.range(), (cell) => setFill(cell, hexFromCss(color))), color);
  }
  clear(): void {
    this.session.enqueue(() => eachCell(this.range(), (cell) => setFill(cell, null)));
  }
  protected snapshot(): Record<string, unknown> {
    const hex = common(this.range(), fillHex);
    return { color: hex === null ? "#FFFFFF" : `#${hex}` };
  }
}

export class EmulatorRangeFont extends ClientObject implements Pick<Excel.RangeFont, "bold" | "italic" | "color"> {
  protected readonly typeName = "RangeFont";
  protected readonly defaultProperties = ["bold", "italic", "color"];

  constructor(session: Session, private readonly range: Locate) {
    super(session);
  }
  get bold(): boolean {
    return this.loadedValue("bold");
  }
  set bold(bold: boolean) {
    this.session.enqueue(() => eachCell(this.range(), (cell) => setFont(cell, { bold })), bold);
  }
  get italic(): boolean {
    return this.loadedValue("italic");
  }
  set italic(italic: boolean) {
    this.session.enqueue(() => eachCell(this.range(), (cell) => setFont(cell, { italic })), italic);
  }
  get color(): string {
    return this.loadedValue("color");
  }
  set color(color: string) {
    this.session.enqueue(() => eachCell(this.range(), (cell) => setFont(cell, { color: hexFromCss(color) })), color);
  }
  protected snapshot(names: string[]): Record<string, unknown> {
    const target = this.range();
    const out: Record<string, unknown> = {};
    for (const name of names) {
      if (name === "bold") out.bold = common(target, (cell) => cell.font?.bold ?? false);
      else if (name === "italic") out.italic = common(target, (cell) => cell.font?.italic ?? false);
      else if (name === "color") out.color = `#${common(target, fontColorHex) ?? "000000"}`;
      else this.unknownProperty(name);
    }
    return out;
  }
}
