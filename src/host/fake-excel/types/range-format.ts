import type ExcelJS from "exceljs";
import { charsToPoints, fillHex, fontColorHex, pointsToChars, setFill, setFont, setIndent } from "../../exceljs/style";
import { HostError } from "../model/errors";
import type { RangeTarget } from "../model/target";
import { eachCell } from "./range";
import { object, registerType } from "./registry";

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
  if (!m) throw new HostError("InvalidArgument", `"${color}" is not a colour the fake host understands (use #RRGGBB).`);
  return m[1].toUpperCase();
}

registerType<RangeTarget>("RangeFormat", {
  apiClass: "RangeFormat",
  defaultLoad: ["ColumnWidth", "IndentLevel"],
  get: {
    ColumnWidth: (t) => charsToPoints(t.sheet.getColumn(t.bounds.left + 1).width ?? 8.43),
    IndentLevel: (t) => common(t, (cell) => cell.alignment?.indent ?? 0),
  },
  set: {
    ColumnWidth: ({ sheet, bounds }, points: number) => {
      for (let c = bounds.left; c <= bounds.right; c++) sheet.getColumn(c + 1).width = pointsToChars(points);
    },
    IndentLevel: (t, level: number) => eachCell(t, null, (cell) => setIndent(cell, level)),
  },
  nav: { Fill: (t) => object("RangeFill", t), Font: (t) => object("RangeFont", t) },
});

registerType<RangeTarget>("RangeFill", {
  apiClass: "RangeFill",
  defaultLoad: ["Color"],
  get: { Color: (t) => `#${common(t, fillHex) ?? "FFFFFF"}` },
  set: { Color: (t, color: string) => eachCell(t, null, (cell) => setFill(cell, hexFromCss(color))) },
  methods: { Clear: (t) => eachCell(t, null, (cell) => setFill(cell, null)) },
});

registerType<RangeTarget>("RangeFont", {
  apiClass: "RangeFont",
  defaultLoad: ["Bold", "Italic", "Color"],
  get: {
    Bold: (t) => common(t, (cell) => cell.font?.bold ?? false),
    Italic: (t) => common(t, (cell) => cell.font?.italic ?? false),
    Color: (t) => `#${common(t, fontColorHex) ?? "000000"}`,
  },
  set: {
    Bold: (t, bold: boolean) => eachCell(t, null, (cell) => setFont(cell, { bold })),
    Italic: (t, italic: boolean) => eachCell(t, null, (cell) => setFont(cell, { italic })),
    Color: (t, color: string) => eachCell(t, null, (cell) => setFont(cell, { color: hexFromCss(color) })),
  },
});
