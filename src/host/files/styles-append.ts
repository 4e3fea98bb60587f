import type { OutputCell } from "../../core/report/model";
import { effectiveNumberFormat } from "../output-plan";
import { attr, elements, escapeXml } from "./xml";
import { appendInside, prefixOf, rootOf } from "./xml-splice";

const BUILTIN_FORMATS: Record<string, number> = { General: 0, "0": 1, "0.00": 2, "#,##0": 3, "#,##0.00": 4, "0%": 9, "0.00%": 10, "@": 49 };

/** The parts a styles part needs for the default cell format 0, children of a styleSheet whose prefix is p. */
const minimalChildren = (p: string) =>
  `<${p}fonts count="1"><${p}font><${p}sz val="11"/><${p}name val="Calibri"/><${p}family val="2"/></${p}font></${p}fonts>` +
  `<${p}fills count="2"><${p}fill><${p}patternFill patternType="none"/></${p}fill><${p}fill><${p}patternFill patternType="gray125"/></${p}fill></${p}fills>` +
  `<${p}borders count="1"><${p}border><${p}left/><${p}right/><${p}top/><${p}bottom/><${p}diagonal/></${p}border></${p}borders>` +
  `<${p}cellStyleXfs count="1"><${p}xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></${p}cellStyleXfs>` +
  `<${p}cellXfs count="1"><${p}xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></${p}cellXfs>` +
  `<${p}cellStyles count="1"><${p}cellStyle name="Normal" xfId="0" builtinId="0"/></${p}cellStyles>`;

/** A styles part for a workbook that has none, in the workbook's flavour (its main namespace). */
export const minimalStyles = (mainNs: string): string =>
  `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<styleSheet xmlns="${mainNs}">${minimalChildren("")}</styleSheet>`;

/**
 * A styles part with no content (a self-closed `<styleSheet/>`, as some writers save it) given the
 * default entries, so that new entries go inside the root and index 0 means what Excel assumes.
 */
function withContent(xml: string): string {
  const { tags, root } = rootOf(xml);
  if (root.kind !== "empty" && tags.some((t) => t.depth === 1)) return xml;
  return appendInside(xml, tags, root, minimalChildren(prefixOf(root)));
}

/**
 * Appends the output sheets' styles to the workbook's styles part: new number formats, fonts,
 * fills and cell formats go after the user's, so every existing style index keeps its meaning.
 */
export class StyleAppender {
  private readonly p: string;
  private readonly formats = new Map<string, number>();
  private nextFormatId = 164;
  private readonly newFormats: string[] = [];
  private readonly newFonts: string[] = [];
  private readonly newFills: string[] = [];
  private readonly newXfs: string[] = [];
  private readonly fontIds = new Map<string, number>();
  private readonly fillIds = new Map<string, number>();
  private readonly xfIds = new Map<string, number>();
  private readonly base: { fonts: number; fills: number; xfs: number };
  private readonly fontTail: string;
  private readonly existing = new Map<string, number>();

  private readonly xml: string;

  constructor(original: string) {
    const xml = withContent(original);
    this.xml = xml;
    this.p = /<([\w.-]+:)?styleSheet\b/.exec(xml)?.[1] ?? "";
    for (const a of elements(xml, "numFmt")) {
      const id = Number(attr(a, "numFmtId"));
      this.formats.set(attr(a, "formatCode") ?? "", id);
      if (id >= this.nextFormatId) this.nextFormatId = id + 1;
    }
    // Entries already there, as written, so a re-run reuses the add-in's earlier styles instead of adding more.
    const fonts = this.children("fonts", "font");
    const fills = this.children("fills", "fill");
    const xfs = this.children("cellXfs", "xf");
    fonts.forEach((x, i) => this.existing.set(x, i));
    fills.forEach((x, i) => this.existing.set(x, i));
    xfs.forEach((x, i) => this.existing.set(x, i));
    this.base = { fonts: fonts.length, fills: fills.length, xfs: xfs.length };
    const font0 = /<(?:[\w.-]+:)?font\b[\s\S]*?<\/(?:[\w.-]+:)?font>/.exec(this.section("fonts") ?? "")?.[0] ?? "";
    const sz = elements(font0, "sz")[0];
    const name = elements(font0, "name")[0];
    this.fontTail = `<${this.p}sz val="${escapeXml((sz && attr(sz, "val")) ?? "11")}"/>§<${this.p}name val="${escapeXml((name && attr(name, "val")) ?? "Calibri")}"/>`;
  }

  /** The cell format index (s attribute) for an output cell; 0-based, after the user's. */
  xfFor(cell: OutputCell): number {
    const format = effectiveNumberFormat(cell);
    const key = `${format}|${cell.bold ? 1 : 0}|${cell.italic ? 1 : 0}|${cell.fontColor ?? ""}|${cell.fill ?? ""}|${cell.indent ?? 0}`;
    let id = this.xfIds.get(key);
    if (id !== undefined) return id;
    const fontId = this.font(Boolean(cell.bold), Boolean(cell.italic), cell.fontColor);
    const fillId = this.fill(cell.fill);
    const align = cell.indent ? `<${this.p}alignment indent="${cell.indent}"/>` : "";
    const p = this.p;
    id = this.add(this.newXfs, this.base.xfs, `<${p}xf numFmtId="${this.format(format)}" fontId="${fontId}" fillId="${fillId}" borderId="0" xfId="0" applyNumberFormat="1" applyFont="1" applyFill="1"${align ? ' applyAlignment="1">' + align + `</${p}xf>` : "/>"}`);
    this.xfIds.set(key, id);
    return id;
  }

  /** The styles part with the new entries appended and the counts updated. */
  toXml(): string {
    let xml = this.xml;
    if (this.newFormats.length) xml = this.append(xml, "numFmts", this.newFormats, []);
    if (this.newFonts.length) xml = this.append(xml, "fonts", this.newFonts, ["numFmts"]);
    if (this.newFills.length) xml = this.append(xml, "fills", this.newFills, ["fonts", "numFmts"]);
    if (this.newXfs.length) xml = this.append(xml, "cellXfs", this.newXfs, ["cellStyleXfs", "borders", "fills", "fonts", "numFmts"]);
    return xml;
  }

  private format(code: string): number {
    const builtin = BUILTIN_FORMATS[code];
    if (builtin !== undefined) return builtin;
    let id = this.formats.get(code);
    if (id === undefined) {
      id = this.nextFormatId++;
      this.formats.set(code, id);
      this.newFormats.push(`<${this.p}numFmt numFmtId="${id}" formatCode="${escapeXml(code)}"/>`);
    }
    return id;
  }

  private font(bold: boolean, italic: boolean, color: string | undefined): number {
    const key = `${bold}|${italic}|${color ?? ""}`;
    let id = this.fontIds.get(key);
    if (id === undefined) {
      const p = this.p;
      const [sz, name] = this.fontTail.split("§");
      id = this.add(this.newFonts, this.base.fonts, `<${p}font>${bold ? `<${p}b/>` : ""}${italic ? `<${p}i/>` : ""}${sz}${color ? `<${p}color rgb="FF${color.toUpperCase()}"/>` : ""}${name}</${p}font>`);
      this.fontIds.set(key, id);
    }
    return id;
  }

  private fill(hex: string | undefined): number {
    if (!hex) return 0;
    let id = this.fillIds.get(hex);
    if (id === undefined) {
      const p = this.p;
      id = this.add(this.newFills, this.base.fills, `<${p}fill><${p}patternFill patternType="solid"><${p}fgColor rgb="FF${hex.toUpperCase()}"/><${p}bgColor indexed="64"/></${p}patternFill></${p}fill>`);
      this.fillIds.set(hex, id);
    }
    return id;
  }

  /** The index of an entry equal to this one (an earlier run's), else of the entry appended. */
  private add(list: string[], base: number, xml: string): number {
    const found = this.existing.get(xml);
    if (found !== undefined) return found;
    list.push(xml);
    this.existing.set(xml, base + list.length - 1);
    return base + list.length - 1;
  }

  private children(section: string, child: string): string[] {
    const xml = this.section(section) ?? "";
    const re = new RegExp(`<(?:[\\w.-]+:)?${child}\\b[^>]*?(?:/>|>[\\s\\S]*?</(?:[\\w.-]+:)?${child}>)`, "g");
    const start = xml.indexOf(">") + 1;
    return xml.slice(start).match(re) ?? [];
  }

  private section(name: string): string | undefined {
    return new RegExp(`<(?:[\\w.-]+:)?${name}\\b[^>]*?(?:/>|>[\\s\\S]*?</(?:[\\w.-]+:)?${name}>)`).exec(this.xml)?.[0];
  }

  private append(xml: string, name: string, items: string[], after: string[]): string {
    const p = this.p;
    const open = new RegExp(`<(${escape(p)})?${name}\\b([^>]*?)(/?)>`).exec(xml);
    if (open) {
      const count = elementCount(xml, name, open) + items.length;
      const attrs = open[2].replace(/\s*count\s*=\s*"[^"]*"/, "");
      const head = `<${p}${name}${attrs} count="${count}">`;
      if (open[3] === "/") return xml.slice(0, open.index) + head + items.join("") + `</${p}${name}>` + xml.slice(open.index + open[0].length);
      const closeTag = `</${p}${name}>`;
      const close = xml.indexOf(closeTag, open.index);
      return xml.slice(0, open.index) + head + xml.slice(open.index + open[0].length, close) + items.join("") + xml.slice(close);
    }
    const block = `<${p}${name} count="${items.length}">${items.join("")}</${p}${name}>`;
    for (const prev of after) {
      const end = new RegExp(`</(?:[\\w.-]+:)?${prev}>|<(?:[\\w.-]+:)?${prev}\\b[^>]*/>`).exec(xml);
      if (end) return xml.slice(0, end.index + end[0].length) + block + xml.slice(end.index + end[0].length);
    }
    const root = /<(?:[\w.-]+:)?styleSheet\b[^>]*>/.exec(xml);
    if (!root) throw new Error("the styles part has no styleSheet element");
    return xml.slice(0, root.index + root[0].length) + block + xml.slice(root.index + root[0].length);
  }
}

function elementCount(xml: string, name: string, open: RegExpExecArray): number {
  if (open[3] === "/") return 0;
  const close = xml.indexOf(`</${open[1] ?? ""}${name}>`, open.index);
  const inner = xml.slice(open.index + open[0].length, close);
  const child = name === "numFmts" ? "numFmt" : name === "cellXfs" ? "xf" : name.slice(0, -1);
  // Direct children only: a <fill> holds no nested <fill>, an <xf> no nested <xf>.
  return elements(inner, child).length;
}

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
