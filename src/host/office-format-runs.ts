import type { OutputCell, OutputSheet } from "../core/report/model";

export interface FormatRun {
  row: number;
  from: number;
  to: number;
  cell: OutputCell;
}

/** Consecutive cells of a row with the same value of an attribute, so one range call formats them all. */
export function runsOf(model: OutputSheet, key: (cell: OutputCell) => string | undefined): FormatRun[] {
  const runs: FormatRun[] = [];
  model.rows.forEach((row, r) => {
    let open: (FormatRun & { key: string }) | null = null;
    row.forEach((cell, c) => {
      const k = key(cell);
      if (open && k === open.key && c === open.to + 1) open.to = c;
      else {
        if (open) runs.push(open);
        open = k === undefined ? null : { row: r, from: c, to: c, cell, key: k };
      }
    });
    if (open) runs.push(open);
  });
  return runs.map(({ row, from, to, cell }) => ({ row, from, to, cell }));
}

export const fillKey = (cell: OutputCell) => cell.fill;
export const fontKey = (cell: OutputCell) => (cell.bold || cell.italic || cell.fontColor ? `${cell.bold ?? ""}|${cell.italic ?? ""}|${cell.fontColor ?? ""}` : undefined);
export const indentKey = (cell: OutputCell) => (cell.indent ? String(cell.indent) : undefined);
