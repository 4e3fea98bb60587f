import type { OutputCell } from "../../core/report/model";
import { effectiveNumberFormat } from "../output-plan";
import type { StyleAppender } from "./styles-append";
import { escapeCellText, escapeXml } from "./xml";

/**
 * Whitespace a reader may treat as insignificant: at either end, tabs and line breaks, runs of spaces.
 * Only text with such whitespace needs xml:space="preserve"; Excel applies the W3C rules to <t>
 * (MS-OI29500 2.1.678: https://learn.microsoft.com/en-us/openspecs/office_standards/ms-oi29500/82ad64a7-401b-4f34-9319-3600b16b2791).
 */
const SIGNIFICANT_SPACE = /^\s|\s$|[\t\n\r]|\s\s/;

function sameStyle(a: OutputCell, b: OutputCell): boolean {
  return (
    a.bold === b.bold && a.italic === b.italic && a.fill === b.fill && a.fontColor === b.fontColor && a.indent === b.indent &&
    effectiveNumberFormat(a) === effectiveNumberFormat(b)
  );
}

/** Style indexes remembered per column: down a list, a cell is most often styled as the one above it. */
export class ColumnStyles {
  private readonly last: (OutputCell | undefined)[] = [];
  private readonly ids: number[] = [];

  constructor(private readonly styles: StyleAppender) {}

  idFor(cell: OutputCell, column: number): number {
    const above = this.last[column];
    if (above && sameStyle(above, cell)) return this.ids[column];
    const id = this.styles.xfFor(cell);
    this.last[column] = cell;
    this.ids[column] = id;
    return id;
  }
}

/** One cell's XML: text always as an inline string, a formula with the engine's figure cached. */
export function cellXml(cell: OutputCell, ref: string, styles: ColumnStyles, column: number): string {
  const value = cell.value === "" ? null : cell.value;
  const styled = value !== null || cell.fill || cell.bold || cell.italic || cell.fontColor || cell.indent;
  if (!styled) return "";
  const s = styles.idFor(cell, column);
  // A total that traces: the formula with the engine's figure cached, so every viewer shows the number.
  if (cell.formula && typeof value === "number" && Number.isFinite(value)) return `<c r="${ref}" s="${s}"><f>${escapeXml(cell.formula)}</f><v>${value}</v></c>`;
  if (value === null) return `<c r="${ref}" s="${s}"/>`;
  if (typeof value === "string") {
    const t = SIGNIFICANT_SPACE.test(value) ? `<t xml:space="preserve">` : "<t>";
    return `<c r="${ref}" s="${s}" t="inlineStr"><is>${t}${escapeCellText(value)}</t></is></c>`;
  }
  if (typeof value === "boolean") return `<c r="${ref}" s="${s}" t="b"><v>${value ? 1 : 0}</v></c>`;
  if (!Number.isFinite(value)) return `<c r="${ref}" s="${s}" t="e"><v>#NUM!</v></c>`;
  return `<c r="${ref}" s="${s}"><v>${value}</v></c>`;
}
