import type { SpreadsheetFormat } from "./read";

/** The extension of the workbook written with the outputs: .xlsm keeps its macros, anything not OOXML becomes .xlsx. */
export function outputExtension(format: SpreadsheetFormat): ".xlsm" | ".xlsx" {
  return format === "xlsm" ? ".xlsm" : ".xlsx";
}
