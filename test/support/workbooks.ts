/** Fixture builders for plan workbooks as NHS finance teams make them: tests and scripts/make-samples.ts use them. */
export { makeSchemes, type MakeSchemesOptions, type SchemeRecord } from "./schemes";
export { planSheetRows, type PlanSheet } from "./plan-sheet";
export type { PlanLayout, PlanExpectation, BadCell, RagClass } from "./plan-layout";
export type { HeaderStyle, UnitText, PlanField } from "./headers";
export { writeWorkbook, coverSheet, notesSheet, fillWorksheet, type SheetSpec } from "./write-workbook";
export { toGridValues, type SheetCell } from "./sheet-cells";
export { ragClass } from "./plan-tally";
export { prng } from "./prng";
export { ORGANISATIONS, SHAS, YEARS, organisationsOf, shaOf } from "./pack-data";
