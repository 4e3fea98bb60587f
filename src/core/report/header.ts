import { markerDetail, periodWords, sheetTitle } from "../messages/report-card";
import type { ReportingPeriod } from "../types";
import { OUTPUT_MARKER, type OutputCell } from "./model";

/** What every output sheet says about where it came from. */
export interface ReportMeta {
  pack: { name: string; version: string };
  /** Source workbook names; the first is the open workbook (links point into it). */
  workbooks: string[];
  generatedAt: Date;
  /** Whom the figures speak for: an organisation, an SHA or England (see scope.ts). */
  scope?: string;
  /** The reporting period, when the plans name one. */
  period?: ReportingPeriod;
  /** £000: exceptions under this are counted on one line (the pack's parameters.exceptions.materialityThousands). */
  materialityThousands?: number;
}

/** The marker (which tells the add-in's sheets from a user's), then pack, sources and time in words. */
export function markerText(meta: ReportMeta): string {
  return `${OUTPUT_MARKER} · ${markerDetail(meta.pack, meta.workbooks, meta.generatedAt)}`;
}

/** "QIPP Rollup: North East, Month 6 2011-12 (to 30 September 2011)". */
export function titleText(sheet: string, meta: ReportMeta): string {
  return sheetTitle(sheet, meta.scope, meta.period ? periodWords(meta.period) : undefined);
}

/**
 * The top of every output sheet: title (A1, bold), the marker line (A2), any extra lines,
 * a blank row, then the column headers. Returns the rows and the index of the header row.
 */
export function sheetTop(title: string, meta: ReportMeta, headers: readonly string[], extra: OutputCell[][] = []) {
  const rows: OutputCell[][] = [
    [{ value: titleText(title, meta), bold: true }],
    [{ value: markerText(meta), italic: true }],
    ...extra,
    [],
    headers.map((h): OutputCell => ({ value: h, bold: true, fill: HEADER_FILL })),
  ];
  return { rows, headerRow: rows.length - 1 };
}

export const HEADER_FILL = "D9E1F2";
