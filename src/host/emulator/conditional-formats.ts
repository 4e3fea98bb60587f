import type ExcelJS from "exceljs";
import { boundsAddress } from "../exceljs-cells";
import { EmulatorError } from "./errors";
import type { RangeTarget } from "./range";
import type { Session } from "./session";

type Locate = () => RangeTarget;
type Rule = { type: "expression"; formulae: string[]; priority: number; style: { fill?: ExcelJS.FillPattern; font?: Partial<ExcelJS.Font> } };

const hex = (css: string) => {
  const m = /^#?([0-9a-f]{6})$/i.exec(css);
  if (!m) throw new EmulatorError("InvalidArgument", `"${css}" is not a colour the emulator understands (use #RRGGBB).`);
  return `FF${m[1].toUpperCase()}`;
};

/** A "text contains" conditional format: Excel stores it as NOT(ISERROR(SEARCH(text, top-left cell))). */
class EmulatorTextConditionalFormat {
  readonly format: { fill: { color: string }; font: { color: string } };

  constructor(private readonly session: Session, private readonly stored: Rule, private readonly topLeft: () => string) {
    const set = (apply: (color: string) => void) => ({ set color(color: string) { session.enqueue(() => apply(color), color); }, get color(): string { throw new EmulatorError("PropertyNotLoaded", "The emulator does not read conditional format colours back."); } });
    this.format = {
      fill: set((c) => { stored.style.fill = { type: "pattern", pattern: "solid", bgColor: { argb: hex(c) } }; }),
      font: set((c) => { stored.style.font = { color: { argb: hex(c) } }; }),
    };
  }

  set rule(rule: Excel.ConditionalTextComparisonRule) {
    const { session } = this;
    session.enqueue(() => {
      if (String(rule.operator) !== "Contains") throw new EmulatorError("InvalidArgument", "The emulator models the Contains text comparison only.");
      this.stored.formulae = [`NOT(ISERROR(SEARCH("${rule.text.replace(/"/g, '""')}",${this.topLeft()})))`];
    }, rule);
  }
}

/**
 * Range.conditionalFormats (ExcelApi 1.6): add("ContainsText") and its textComparison, kept as the
 * sheet's conditional formatting (https://learn.microsoft.com/javascript/api/excel/excel.conditionalformatcollection).
 */
export class EmulatorConditionalFormats {
  constructor(private readonly session: Session, private readonly range: Locate) {}

  add(type: string): { textComparison: EmulatorTextConditionalFormat } {
    if (type !== "ContainsText") throw new EmulatorError("InvalidArgument", `The emulator models ContainsText conditional formats only, not ${type}.`);
    const rule: Rule = { type: "expression", formulae: [], priority: 1, style: {} };
    let topLeft = "A1";
    this.session.enqueue(() => {
      const { sheet, bounds } = this.range();
      topLeft = boundsAddress({ ...bounds, bottom: bounds.top, right: bounds.left });
      // ExcelJS keeps the sheet's conditional formats here; its typings leave the list out.
      const all = (sheet as unknown as { conditionalFormattings?: { rules: unknown[] }[] }).conditionalFormattings ?? [];
      rule.priority = all.reduce((n, cf) => n + cf.rules.length, 0) + 1;
      sheet.addConditionalFormatting({ ref: boundsAddress(bounds), rules: [rule as unknown as ExcelJS.ConditionalFormattingRule] });
    }, type);
    return { textComparison: new EmulatorTextConditionalFormat(this.session, rule, () => topLeft) };
  }
}
