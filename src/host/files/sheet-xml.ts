import type { CellValue, SheetGrid } from "../../core/grid";
import { GridBuilder, serialToIso } from "./grid-builder";
import { unescapeXml } from "./xml";

export interface SheetContext {
  sharedStrings: string[];
  dateStyles: boolean[];
  date1904: boolean;
  budget: { cells: number };
}

/**
 * Reads a worksheet part's cell values in one pass over its XML: no DOM, no per-cell objects.
 * Merges, formats and everything else in the part are skipped (only a merged area's first cell holds a value).
 */
export function readSheetXml(name: string, xml: string, ctx: SheetContext): SheetGrid {
  const grid = new GridBuilder(name, ctx.budget);
  const start = xml.search(/<(?:[\w.-]+:)?sheetData\b/);
  if (start < 0) return grid.build();
  const prefix = /^<([\w.-]+:)?/.exec(xml.slice(start))?.[1] ?? "";
  const cellEnd = `</${prefix}c>`;
  const tag = new RegExp(`<${escapeRe(prefix)}(row|c)\\b([^>]*?)(/?)>|</${escapeRe(prefix)}sheetData>`, "g");
  tag.lastIndex = start;
  let row = -1;
  let col = -1;
  for (let m = tag.exec(xml); m; m = tag.exec(xml)) {
    if (m[1] === undefined) break;
    const attrs = m[2];
    if (m[1] === "row") {
      const r = attrValue(attrs, " r=");
      row = r ? Number(r) - 1 : row + 1;
      col = -1;
      continue;
    }
    let body = "";
    if (m[3] !== "/") {
      const end = xml.indexOf(cellEnd, tag.lastIndex);
      if (end < 0) break;
      body = xml.slice(tag.lastIndex, end);
      tag.lastIndex = end + cellEnd.length;
    }
    const ref = attrValue(attrs, " r=");
    if (ref) {
      const at = parseRef(ref);
      if (at) {
        row = at.row;
        col = at.col;
      } else col++;
    } else col++;
    if (body) grid.set(row, col, cellValue(attrValue(attrs, " t="), attrValue(attrs, " s="), body, prefix, ctx));
  }
  return grid.build();
}

function cellValue(type: string | undefined, style: string | undefined, body: string, prefix: string, ctx: SheetContext): CellValue {
  if (type === "inlineStr") return inlineText(body, prefix);
  const v = elementText(body, `${prefix}v`);
  if (v === undefined) return type === "str" ? inlineText(body, prefix) : null;
  switch (type) {
    case "s": {
      const s = ctx.sharedStrings[Number(v)];
      return s === undefined ? null : s;
    }
    case "str":
    case "e":
      return unescapeXml(v);
    case "b":
      return v.trim() === "1" || v.trim() === "true";
    case "d":
      return unescapeXml(v).slice(0, 10);
    default: {
      const n = Number(v);
      if (v.trim() === "" || !Number.isFinite(n)) return null;
      return style !== undefined && ctx.dateStyles[Number(style)] ? serialToIso(n, ctx.date1904) : n;
    }
  }
}

function elementText(body: string, name: string): string | undefined {
  const open = body.indexOf(`<${name}`);
  if (open < 0) return undefined;
  const gt = body.indexOf(">", open);
  if (gt < 0 || body[gt - 1] === "/") return undefined;
  const close = body.indexOf(`</${name}>`, gt);
  return close < 0 ? undefined : body.slice(gt + 1, close);
}

function inlineText(body: string, prefix: string): string {
  const re = new RegExp(`<${escapeRe(prefix)}t(?:\\s[^>]*)?>([\\s\\S]*?)</${escapeRe(prefix)}t>`, "g");
  let s = "";
  const clean = body.includes("rPh") ? body.replace(/<(?:[\w.-]+:)?rPh\b[\s\S]*?<\/(?:[\w.-]+:)?rPh>/g, "") : body;
  for (let m = re.exec(clean); m; m = re.exec(clean)) s += m[1];
  return unescapeXml(s);
}

/** A double-quoted attribute, found by its " name=" (the writers we read quote with "). */
function attrValue(attrs: string, key: string): string | undefined {
  const i = attrs.indexOf(key);
  if (i < 0) return undefined;
  const q = i + key.length;
  const quote = attrs[q];
  if (quote !== '"' && quote !== "'") return undefined;
  const end = attrs.indexOf(quote, q + 1);
  return end < 0 ? undefined : attrs.slice(q + 1, end);
}

function parseRef(ref: string): { row: number; col: number } | undefined {
  let col = 0;
  let i = 0;
  for (; i < ref.length; i++) {
    const c = ref.charCodeAt(i);
    if (c >= 65 && c <= 90) col = col * 26 + (c - 64);
    else if (c >= 97 && c <= 122) col = col * 26 + (c - 96);
    else break;
  }
  if (i === 0 || i === ref.length) return undefined;
  const row = Number(ref.slice(i));
  return Number.isInteger(row) && row > 0 ? { row: row - 1, col: col - 1 } : undefined;
}

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
