import type ExcelJS from "exceljs";
import { boundsAddress } from "../exceljs-cells";
import { EmulatorError } from "./errors";
import type { RangeTarget } from "./range";
import type { Session } from "./session";

type Locate = () => RangeTarget;
/** ExcelJS keeps a sheet's data validations by address (ranges too); its typings leave the collection out. */
type WithValidations = ExcelJS.Worksheet & {
  dataValidations: { add(address: string, v: ExcelJS.DataValidation): void; find(address: string): ExcelJS.DataValidation | undefined };
};

const OPERATORS: Record<string, ExcelJS.DataValidationOperator> = {
  Between: "between", NotBetween: "notBetween", EqualTo: "equal", NotEqualTo: "notEqual", GreaterThan: "greaterThan",
  LessThan: "lessThan", GreaterThanOrEqualTo: "greaterThanOrEqual", LessThanOrEqualTo: "lessThanOrEqual",
};

/**
 * Range.dataValidation (ExcelApi 1.8), the list and decimal rules the add-in writes, stored as the
 * workbook's own data validation for the range
 * (https://learn.microsoft.com/javascript/api/excel/excel.datavalidation). The emulator keeps alerts
 * and prompts with a rule, so the rule is set first.
 */
export class EmulatorDataValidation {
  constructor(private readonly session: Session, private readonly range: Locate) {}

  private update(change: (existing: ExcelJS.DataValidation | undefined) => ExcelJS.DataValidation, payload: unknown): void {
    this.session.enqueue(() => {
      const { sheet, bounds } = this.range();
      const validations = (sheet as WithValidations).dataValidations;
      const address = boundsAddress(bounds);
      validations.add(address, change(validations.find(address)));
    }, payload);
  }

  private existing(v: ExcelJS.DataValidation | undefined): ExcelJS.DataValidation {
    if (!v) throw new EmulatorError("InvalidOperation", "The emulator needs dataValidation.rule set before its errorAlert or prompt.");
    return v;
  }

  set rule(rule: Excel.DataValidationRule) {
    this.update((old) => {
      const kept = { ...(old ?? {}), allowBlank: true };
      if (rule.list) return { ...kept, type: "list", formulae: [String(rule.list.source).replace(/^=/, "")] };
      if (rule.decimal) {
        const operator = OPERATORS[String(rule.decimal.operator)];
        if (!operator) throw new EmulatorError("InvalidArgument", `"${String(rule.decimal.operator)}" is not a data validation operator.`);
        return { ...kept, type: "decimal", operator, formulae: [rule.decimal.formula1, rule.decimal.formula2].filter((f) => f !== undefined) };
      }
      throw new EmulatorError("InvalidArgument", "The emulator models list and decimal data validation rules only.");
    }, rule);
  }

  set errorAlert(alert: Excel.DataValidationErrorAlert) {
    this.update((old) => ({ ...this.existing(old), showErrorMessage: alert.showAlert, error: alert.message, errorTitle: alert.title, errorStyle: String(alert.style ?? "Stop").toLowerCase() }), alert);
  }

  set prompt(prompt: Excel.DataValidationPrompt) {
    this.update((old) => ({ ...this.existing(old), showInputMessage: prompt.showPrompt, prompt: prompt.message, promptTitle: prompt.title }), prompt);
  }
}
