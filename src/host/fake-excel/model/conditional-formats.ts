import type ExcelJS from "exceljs";
import { boundsAddress } from "../../exceljs/cells";
import { HostError } from "./errors";
import type { RangeTarget } from "./target";

/** One conditional format as the fake host stores it: the ExcelJS rule, which the sheet holds by reference. */
export interface StoredTextFormat {
  rule: { type: "expression"; formulae: string[]; priority: number; style: { fill?: ExcelJS.FillPattern; font?: Partial<ExcelJS.Font> } };
  topLeft: string;
}

const argb = (css: string) => {
  const m = /^#?([0-9a-f]{6})$/i.exec(css);
  if (!m) throw new HostError("InvalidArgument", `"${css}" is not a colour the fake host understands (use #RRGGBB).`);
  return `FF${m[1].toUpperCase()}`;
};

/**
 * Range.conditionalFormats.add("ContainsText") (ExcelApi 1.6), kept as the sheet's conditional formatting
 * (https://learn.microsoft.com/javascript/api/excel/excel.conditionalformatcollection#excel-excel-conditionalformatcollection-add-member(1)).
 */
export function addTextFormat({ sheet, bounds }: RangeTarget, type: string): StoredTextFormat {
  if (type !== "ContainsText") throw new HostError("InvalidArgument", `The fake host models ContainsText conditional formats only, not ${type}.`);
  // ExcelJS keeps the sheet's conditional formats here; its typings leave the list out.
  const all = (sheet as unknown as { conditionalFormattings?: { rules: unknown[] }[] }).conditionalFormattings ?? [];
  const rule: StoredTextFormat["rule"] = { type: "expression", formulae: [], priority: all.reduce((n, cf) => n + cf.rules.length, 0) + 1, style: {} };
  sheet.addConditionalFormatting({ ref: boundsAddress(bounds), rules: [rule as unknown as ExcelJS.ConditionalFormattingRule] });
  return { rule, topLeft: boundsAddress({ ...bounds, bottom: bounds.top, right: bounds.left }) };
}

/** A "text contains" rule: Excel stores it as NOT(ISERROR(SEARCH(text, top-left cell))). */
export function setTextRule(format: StoredTextFormat, rule: Excel.ConditionalTextComparisonRule): void {
  if (String(rule?.operator) !== "Contains") throw new HostError("InvalidArgument", "The fake host models the Contains text comparison only.");
  format.rule.formulae = [`NOT(ISERROR(SEARCH("${rule.text.replace(/"/g, '""')}",${format.topLeft})))`];
}

export function setTextFill(format: StoredTextFormat, color: string): void {
  format.rule.style.fill = { type: "pattern", pattern: "solid", bgColor: { argb: argb(color) } };
}

export function setTextFontColor(format: StoredTextFormat, color: string): void {
  format.rule.style.font = { color: { argb: argb(color) } };
}
