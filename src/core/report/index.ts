export { buildReportSheets, type ReportInput } from "./build";
export { markerText, type ReportMeta } from "./header";
export { planRagSentence } from "./rag-sheet";
export * from "./model";
export { exceptionsSheet, EXCEPTIONS_SHEET } from "./exceptions-sheet";
export { changesSheet, CHANGES_SHEET } from "./changes-sheet";
export { deliverySheet, DELIVERY_SHEET } from "./delivery-sheet";
export { reportCardSheet, REPORT_CARD_SHEET } from "./report-card-sheet";
export { mergeUserCells, readUserValues, type UserValues } from "./user-cells";
