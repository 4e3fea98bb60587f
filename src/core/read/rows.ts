import { cellText, isBlank, type CellValue } from "../grid";

export type RowKind = "blank" | "section" | "total" | "scheme";

const TOTAL_LABEL = /^(grand\s*|sub[\s-]*|overall\s*)?totals?\b/i;

/**
 * What a data row is: blank, a section heading (text in its first cell or two, nothing else),
 * a declared total ("Total", "Sub-total", "Grand total" with no workstream), or a scheme.
 */
export function classifyRow(cells: CellValue[], tableLeft: number, workstreamCol: number | undefined, refLike: (c: CellValue[]) => boolean): RowKind {
  const filled: number[] = [];
  cells.forEach((v, i) => {
    if (!isBlank(v)) filled.push(i);
  });
  if (filled.length === 0) return "blank";
  const firstText = cellText(cells[filled[0]]);
  const hasWorkstream = workstreamCol !== undefined && !isBlank(cells[workstreamCol] ?? null);
  if (TOTAL_LABEL.test(firstText) && !hasWorkstream) return "total";
  const allText = filled.every((i) => typeof cells[i] === "string");
  const nearLeft = filled.every((i) => i <= tableLeft + 2);
  if (filled.length <= 2 && allText && nearLeft && !refLike(cells)) return "section";
  return "scheme";
}
