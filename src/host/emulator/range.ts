import type ExcelJS from "exceljs";
import { boundsAddress, type Bounds } from "../exceljs-cells";
import { ClientObject } from "./client-object";
import { EmulatorError } from "./errors";
import { readExcelValue, writeExcelValue } from "./cell-values";
import { writeFormula } from "./formulas";
import { EmulatorDataValidation } from "./data-validation";
import { EmulatorConditionalFormats } from "./conditional-formats";
import { readRangeProperties } from "./range-read";
import { EmulatorRangeFormat } from "./range-format";
import type { Session } from "./session";
import { usedBoundsWithin } from "./used-bounds";

export interface RangeTarget {
  sheet: ExcelJS.Worksheet;
  bounds: Bounds;
}

type RangeProps = "address" | "values" | "formulas" | "numberFormat" | "rowCount" | "columnCount" | "rowIndex" | "columnIndex" | "hyperlink" | "select";

export class EmulatorRange extends ClientObject implements Pick<Excel.Range, RangeProps> {
  protected readonly typeName = "Range";
  protected readonly defaultProperties = ["address", "values", "numberFormat", "rowCount", "columnCount", "rowIndex", "columnIndex"];
  private target: RangeTarget | null | undefined;
  readonly format: EmulatorRangeFormat;
  readonly dataValidation: EmulatorDataValidation;
  readonly conditionalFormats: EmulatorConditionalFormats;

  constructor(session: Session, private readonly locate: () => RangeTarget | null, private readonly orNull: boolean) {
    super(session);
    this.format = new EmulatorRangeFormat(session, () => this.range());
    this.dataValidation = new EmulatorDataValidation(session, () => this.range());
    this.conditionalFormats = new EmulatorConditionalFormats(session, () => this.range());
    session.enqueue(() => void this.resolve());
  }

  /** Binds the range when its request runs (a used range is the one at that moment). */
  resolve(): RangeTarget | null {
    if (this.target === undefined) this.target = this.locate();
    if (this.target === null && !this.orNull) throw new EmulatorError("ItemNotFound", "The range does not exist.");
    return this.target;
  }

  range(): RangeTarget {
    const target = this.resolve();
    if (!target) throw new EmulatorError("InvalidOperation", "The range is a null object.");
    return target;
  }

  get isNullObject(): boolean {
    return this.loadedValue("isNullObject");
  }
  get address(): string {
    return this.loadedValue("address");
  }
  get rowCount(): number {
    return this.loadedValue("rowCount");
  }
  get columnCount(): number {
    return this.loadedValue("columnCount");
  }
  get rowIndex(): number {
    return this.loadedValue("rowIndex");
  }
  get columnIndex(): number {
    return this.loadedValue("columnIndex");
  }
  get values(): unknown[][] {
    return this.loadedValue("values");
  }
  set values(values: unknown[][]) {
    this.session.enqueue(() => {
      if (values === null || values === undefined) throw new EmulatorError("InvalidArgument", "Range.values cannot be set to null.");
      this.eachCell(values, writeExcelValue);
    }, values);
  }
  get formulas(): unknown[][] {
    return this.loadedValue("formulas");
  }
  set formulas(formulas: unknown[][]) {
    this.session.enqueue(() => this.eachCell(formulas, writeFormula), formulas);
  }
  get numberFormat(): unknown[][] {
    return this.loadedValue("numberFormat");
  }
  set numberFormat(formats: unknown[][]) {
    this.session.enqueue(
      () =>
        // As in Excel: null leaves a cell's format alone, "" resets it to General.
        this.eachCell(formats, (cell, format) => {
          if (format === null || format === undefined) return;
          if (typeof format !== "string") throw new EmulatorError("InvalidArgument", "A number format must be text.");
          cell.numFmt = format === "" ? "General" : format;
        }),
      formats,
    );
  }
  get hyperlink(): Excel.RangeHyperlink {
    return this.loadedValue("hyperlink");
  }
  set hyperlink(link: Excel.RangeHyperlink) {
    this.session.enqueue(() => {
      const { sheet, bounds } = this.range();
      const cell = sheet.getCell(bounds.top + 1, bounds.left + 1);
      const target = link.documentReference ?? link.address;
      if (!target) throw new EmulatorError("InvalidArgument", "A hyperlink needs an address or a documentReference.");
      cell.value = { text: link.textToDisplay ?? String(readExcelValue(cell)), hyperlink: target };
    }, link);
  }

  select(): void {
    this.session.enqueue(() => {
      const { sheet, bounds } = this.range();
      this.session.activeSheet = sheet;
      this.session.selection = { sheet: sheet.name, address: boundsAddress(bounds) };
    });
  }

  getCell(row: number, column: number): EmulatorRange {
    return this.derive((b) => ({ top: b.top + row, left: b.left + column, bottom: b.top + row, right: b.left + column }));
  }

  getOffsetRange(rows: number, columns: number): EmulatorRange {
    return this.derive((b) => ({ top: b.top + rows, left: b.left + columns, bottom: b.bottom + rows, right: b.right + columns }));
  }

  getResizedRange(rows: number, columns: number): EmulatorRange {
    return this.derive((b) => ({ ...b, bottom: b.bottom + rows, right: b.right + columns }));
  }

  /** Range.getUsedRangeOrNullObject: the part of this range that holds values (valuesOnly is the only kind the emulator tracks). */
  getUsedRangeOrNullObject(_valuesOnly?: boolean): EmulatorRange {
    return new EmulatorRange(this.session, () => {
      const { sheet, bounds } = this.range();
      const used = usedBoundsWithin(sheet, bounds);
      return used ? { sheet, bounds: used } : null;
    }, true);
  }

  /** Range.group(Excel.GroupOption.byRows / byColumns): one more outline level. */
  group(option: "ByRows" | "ByColumns"): void {
    this.session.enqueue(() => {
      const { sheet, bounds } = this.range();
      if (option === "ByRows") {
        for (let r = bounds.top; r <= bounds.bottom; r++) sheet.getRow(r + 1).outlineLevel = (sheet.getRow(r + 1).outlineLevel ?? 0) + 1;
      } else {
        for (let c = bounds.left; c <= bounds.right; c++) sheet.getColumn(c + 1).outlineLevel = (sheet.getColumn(c + 1).outlineLevel ?? 0) + 1;
      }
    }, option);
  }

  private derive(move: (b: Bounds) => Bounds): EmulatorRange {
    return new EmulatorRange(this.session, () => {
      const { sheet, bounds } = this.range();
      const next = move(bounds);
      if (next.top < 0 || next.left < 0 || next.bottom < next.top || next.right < next.left) throw new EmulatorError("InvalidArgument", "The range would lie outside the sheet.");
      return { sheet, bounds: next };
    }, false);
  }

  /** Applies a 2-D array (or one value for every cell), which must match the range's shape. */
  private eachCell(input: unknown, apply: (cell: ExcelJS.Cell, value: unknown) => void): void {
    const { sheet, bounds } = this.range();
    const rows = bounds.bottom - bounds.top + 1;
    const cols = bounds.right - bounds.left + 1;
    const grid = Array.isArray(input) ? input : null;
    if (grid && (grid.length !== rows || grid.some((row) => !Array.isArray(row) || row.length !== cols))) {
      throw new EmulatorError("InvalidArgument", `The number of rows or columns in the input array doesn't match the size or dimensions of the range (${rows} x ${cols}).`);
    }
    for (let r = 0; r < rows; r++) {
      const row = sheet.getRow(bounds.top + r + 1);
      for (let c = 0; c < cols; c++) apply(row.getCell(bounds.left + c + 1), grid ? (grid[r] as unknown[])[c] : input);
    }
  }

  protected snapshot(names: string[]): Record<string, unknown> {
    const target = this.resolve();
    if (!target) return { isNullObject: true };
    return { isNullObject: false, ...readRangeProperties(target, names.filter((n) => n !== "isNullObject"), (n) => this.unknownProperty(n)) };
  }
}
