export { buildReportSheets, type ReportInput } from "./build";
export { markerText, type ReportMeta } from "./header";
export { planRagSentence } from "./rag-sheet";
export * from "./model";
