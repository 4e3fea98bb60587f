import { addTextFormat, setTextFill, setTextFontColor, setTextRule, type StoredTextFormat } from "../model/conditional-formats";
import { clearValidation, setValidationErrorAlert, setValidationPrompt, setValidationRule, validationOf } from "../model/data-validation";
import type { RangeTarget } from "../model/target";
import { object, registerType } from "./registry";
import { live } from "./worksheet";

// Range.dataValidation (ExcelApi 1.8): https://learn.microsoft.com/javascript/api/excel/excel.datavalidation
registerType<RangeTarget>("DataValidation", {
  apiClass: "DataValidation",
  defaultLoad: ["Type"],
  get: {
    Type: (t) => {
      const v = validationOf(t);
      return !v?.type ? "None" : v.type === "list" ? "List" : v.type === "whole" ? "WholeNumber" : v.type === "decimal" ? "Decimal" : "Custom";
    },
  },
  methods: {
    Clear: (t, _args, state) => clearValidation({ sheet: live(state, t.sheet), bounds: t.bounds }),
  },
  set: {
    Rule: (t, rule: Excel.DataValidationRule, state) => setValidationRule({ sheet: live(state, t.sheet), bounds: t.bounds }, rule),
    ErrorAlert: (t, alert: Excel.DataValidationErrorAlert, state) => setValidationErrorAlert({ sheet: live(state, t.sheet), bounds: t.bounds }, alert),
    Prompt: (t, prompt: Excel.DataValidationPrompt, state) => setValidationPrompt({ sheet: live(state, t.sheet), bounds: t.bounds }, prompt),
  },
});

// Range.conditionalFormats (ExcelApi 1.6): https://learn.microsoft.com/javascript/api/excel/excel.conditionalformatcollection
registerType<RangeTarget>("ConditionalFormatCollection", {
  apiClass: "ConditionalFormatCollection",
  methods: { Add: (t, [type]: string[], state) => object("ConditionalFormat", addTextFormat({ sheet: live(state, t.sheet), bounds: t.bounds }, type)) },
});

registerType<StoredTextFormat>("ConditionalFormat", {
  apiClass: "ConditionalFormat",
  nav: { TextComparison: (f) => object("TextConditionalFormat", f) },
});

registerType<StoredTextFormat>("TextConditionalFormat", {
  apiClass: "TextConditionalFormat",
  set: { Rule: (f, rule: Excel.ConditionalTextComparisonRule) => setTextRule(f, rule) },
  nav: { Format: (f) => object("ConditionalRangeFormat", f) },
});

registerType<StoredTextFormat>("ConditionalRangeFormat", {
  apiClass: "ConditionalRangeFormat",
  nav: { Fill: (f) => object("ConditionalRangeFill", f), Font: (f) => object("ConditionalRangeFont", f) },
});

registerType<StoredTextFormat>("ConditionalRangeFill", {
  apiClass: "ConditionalRangeFill",
  set: { Color: (f, color: string) => setTextFill(f, color) },
});

registerType<StoredTextFormat>("ConditionalRangeFont", {
  apiClass: "ConditionalRangeFont",
  set: { Color: (f, color: string) => setTextFontColor(f, color) },
});
