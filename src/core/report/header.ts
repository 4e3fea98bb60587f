import { OUTPUT_MARKER, type OutputCell } from "./model";

/** What every output sheet says about where it came from. */
export interface ReportMeta {
  pack: { name: string; version: string };
  /** Source workbook names; the first is the open workbook (links point into it). */
  workbooks: string[];
  generatedAt: Date;
}

export function markerText(meta: ReportMeta): string {
  const sources = meta.workbooks.length > 0 ? meta.workbooks.join(", ") : "none";
  return `${OUTPUT_MARKER} · ${meta.pack.name} v${meta.pack.version} · ${meta.generatedAt.toISOString()} · sources: ${sources}`;
}

/**
 * The top of every output sheet: title (A1, bold), the marker line (A2), any extra lines,
 * a blank row, then the column headers. Returns the rows and the index of the header row.
 */
export function sheetTop(title: string, meta: ReportMeta, headers: readonly string[], extra: OutputCell[][] = []) {
  const rows: OutputCell[][] = [
    [{ value: title, bold: true }],
    [{ value: markerText(meta), italic: true }],
    ...extra,
    [],
    headers.map((h): OutputCell => ({ value: h, bold: true, fill: HEADER_FILL })),
  ];
  return { rows, headerRow: rows.length - 1 };
}

export const HEADER_FILL = "D9E1F2";
