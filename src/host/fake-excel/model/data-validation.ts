import type ExcelJS from "exceljs";
import { boundsAddress } from "../../exceljs/cells";
import { HostError } from "./errors";
import type { RangeTarget } from "./target";

/** ExcelJS keeps a sheet's data validations by address (ranges too); its typings leave the collection out. */
type WithValidations = ExcelJS.Worksheet & {
  dataValidations: { add(address: string, v: ExcelJS.DataValidation): void; find(address: string): ExcelJS.DataValidation | undefined };
};

const OPERATORS: Record<string, ExcelJS.DataValidationOperator> = {
  Between: "between", NotBetween: "notBetween", EqualTo: "equal", NotEqualTo: "notEqual", GreaterThan: "greaterThan",
  LessThan: "lessThan", GreaterThanOrEqualTo: "greaterThanOrEqual", LessThanOrEqualTo: "lessThanOrEqual",
};

function update({ sheet, bounds }: RangeTarget, change: (existing: ExcelJS.DataValidation | undefined) => ExcelJS.DataValidation): void {
  const validations = (sheet as WithValidations).dataValidations;
  const address = boundsAddress(bounds);
  validations.add(address, change(validations.find(address)));
}

function existing(v: ExcelJS.DataValidation | undefined): ExcelJS.DataValidation {
  if (!v) throw new HostError("InvalidOperation", "The fake host needs dataValidation.rule set before its errorAlert or prompt.");
  return v;
}

/**
 * Range.dataValidation (ExcelApi 1.8), the list and decimal rules the add-in writes, stored as the
 * workbook's own data validation for the range
 * (https://learn.microsoft.com/javascript/api/excel/excel.datavalidation). Alerts and prompts are kept
 * with a rule, so the rule is set first.
 */
export function setValidationRule(target: RangeTarget, rule: Excel.DataValidationRule): void {
  update(target, (old) => {
    const kept = { ...(old ?? {}), allowBlank: true };
    // A source of "=Lists!$A$2:$A$9" is a reference; "Red,Amber,Green" an inline list (quoted in the file).
    if (rule?.list) {
      const source = String(rule.list.source);
      return { ...kept, type: "list", formulae: [source.startsWith("=") ? source.slice(1) : `"${source}"`] };
    }
    if (rule?.decimal) {
      const operator = OPERATORS[String(rule.decimal.operator)];
      if (!operator) throw new HostError("InvalidArgument", `"${String(rule.decimal.operator)}" is not a data validation operator.`);
      return { ...kept, type: "decimal", operator, formulae: [rule.decimal.formula1, rule.decimal.formula2].filter((f) => f !== undefined) };
    }
    throw new HostError("InvalidArgument", "The fake host models list and decimal data validation rules only.");
  });
}

export function setValidationErrorAlert(target: RangeTarget, alert: Excel.DataValidationErrorAlert): void {
  update(target, (old) => ({ ...existing(old), showErrorMessage: alert.showAlert, error: alert.message, errorTitle: alert.title, errorStyle: String(alert.style ?? "Stop").toLowerCase() }) as ExcelJS.DataValidation);
}

export function setValidationPrompt(target: RangeTarget, prompt: Excel.DataValidationPrompt): void {
  update(target, (old) => ({ ...existing(old), showInputMessage: prompt.showPrompt, prompt: prompt.message, promptTitle: prompt.title }));
}

/** The rule that covers the range as set (by its address), else the one on its top-left cell. */
export function validationOf({ sheet, bounds }: RangeTarget): ExcelJS.DataValidation | undefined {
  const validations = (sheet as WithValidations).dataValidations;
  return validations.find(boundsAddress(bounds)) ?? sheet.getCell(bounds.top + 1, bounds.left + 1).dataValidation;
}

/** Range.dataValidation.clear(): drops the rule set on that range and on each of its cells. */
export function clearValidation(target: RangeTarget): void {
  const validations = (target.sheet as WithValidations).dataValidations as unknown as { model: Record<string, unknown> };
  const { top, left, bottom, right } = target.bounds;
  delete validations.model[boundsAddress(target.bounds)];
  for (let r = top; r <= bottom; r++) for (let c = left; c <= right; c++) delete validations.model[boundsAddress({ top: r, left: c, bottom: r, right: c })];
}
