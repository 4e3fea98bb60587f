import { cellText, isBlank, type CellValue } from "../grid";

export type RowKind = "blank" | "section" | "total" | "scheme";

const TOTAL_LABEL = /^(grand\s*|sub[\s-]*|overall\s*)?totals?\b/i;

export interface RowLayout {
  /** Row indexes of the cells where a label may sit: the table's first two columns, the ref and name columns. */
  labelCols: number[];
  workstreamCol?: number;
  /** True when the row looks like a scheme (a reference with digits and a name). */
  refLike: (cells: CellValue[]) => boolean;
}

/**
 * What a data row is: blank, a section heading (a label and nothing else), a declared total
 * ("Total", "Sub-total", "Grand total" with no workstream), or a scheme.
 */
export function classifyRow(cells: CellValue[], layout: RowLayout): RowKind {
  const filled: number[] = [];
  cells.forEach((v, i) => {
    if (!isBlank(v)) filled.push(i);
  });
  if (filled.length === 0) return "blank";
  const labels = [filled[0], ...layout.labelCols].map((i) => cellText(cells[i] ?? null));
  const hasWorkstream = layout.workstreamCol !== undefined && !isBlank(cells[layout.workstreamCol] ?? null);
  if (!hasWorkstream && labels.some((t) => TOTAL_LABEL.test(t))) return "total";
  const allText = filled.every((i) => typeof cells[i] === "string");
  const inLabelCols = filled.every((i) => layout.labelCols.includes(i));
  if (filled.length <= 2 && allText && inLabelCols && !layout.refLike(cells)) return "section";
  return "scheme";
}
