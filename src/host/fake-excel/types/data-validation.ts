import type ExcelJS from "exceljs";
import type { RangeTarget } from "../model/target";
import { HostError } from "../model/errors";
import { eachCell } from "./range";
import { registerType } from "./registry";
import { live } from "./worksheet";

/** Range.dataValidation (ExcelApi 1.8): list and whole/decimal rules, kept on each cell as ExcelJS keeps them. */
type Rule = Partial<Record<"list" | "wholeNumber" | "decimal", { source?: string; inCellDropDown?: boolean; formula1?: unknown; formula2?: unknown; operator?: string }>>;

const OPERATORS: Record<string, ExcelJS.DataValidationOperator> = {
  Between: "between", NotBetween: "notBetween", EqualTo: "equal", NotEqualTo: "notEqual",
  GreaterThan: "greaterThan", LessThan: "lessThan", GreaterThanOrEqualTo: "greaterThanOrEqual", LessThanOrEqualTo: "lessThanOrEqual",
};

function toExcelJs(rule: Rule): ExcelJS.DataValidation {
  if (rule.list) {
    const source = String(rule.list.source ?? "");
    return { type: "list", allowBlank: true, showErrorMessage: true, formulae: [source.startsWith("=") ? source.slice(1) : `"${source}"`] };
  }
  const [kind, basic] = rule.wholeNumber ? (["whole", rule.wholeNumber] as const) : rule.decimal ? (["decimal", rule.decimal] as const) : [null, null];
  if (!kind || !basic) throw new HostError("InvalidArgument", "The fake host models list, whole-number and decimal validation rules.");
  const formulae = [basic.formula1, basic.formula2].filter((f) => f !== undefined).map(String);
  return { type: kind, allowBlank: true, showErrorMessage: true, operator: OPERATORS[basic.operator ?? "Between"] ?? "between", formulae };
}

registerType<RangeTarget>("DataValidation", {
  apiClass: "DataValidation",
  defaultLoad: ["Type"],
  get: {
    Type: ({ sheet, bounds }) => {
      const v = sheet.getCell(bounds.top + 1, bounds.left + 1).dataValidation;
      return !v?.type ? "None" : v.type === "list" ? "List" : v.type === "whole" ? "WholeNumber" : v.type === "decimal" ? "Decimal" : "Custom";
    },
  },
  set: {
    Rule: (t, rule: Rule, state) => {
      const validation = toExcelJs(rule ?? {});
      eachCell({ sheet: live(state, t.sheet), bounds: t.bounds }, null, (cell) => void (cell.dataValidation = validation));
    },
  },
  methods: {
    Clear: (t, _args, state) => eachCell({ sheet: live(state, t.sheet), bounds: t.bounds }, null, (cell) => void (cell.dataValidation = undefined as unknown as ExcelJS.DataValidation)),
  },
});

