import type { OutputCell, OutputSheet } from "../../core/report/model";

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

export interface FormatBlock extends FormatRun {
  /** Last row of the block (run.row is the first). */
  toRow: number;
}

/** Runs stacked on consecutive rows with the same columns and attribute, as one rectangle: one call instead of one a row. */
export function blocksOf(model: OutputSheet, key: (cell: OutputCell) => string | undefined): FormatBlock[] {
  const blocks: (FormatBlock & { key: string })[] = [];
  const open = new Map<string, FormatBlock & { key: string }>();
  for (const run of runsOf(model, key)) {
    const k = key(run.cell) as string;
    const id = `${run.from}:${run.to}:${k}`;
    const last = open.get(id);
    if (last && last.toRow === run.row - 1) last.toRow = run.row;
    else {
      const block = { ...run, toRow: run.row, key: k };
      blocks.push(block);
      open.set(id, block);
    }
  }
  return blocks.map(({ key: _key, ...block }) => block);
}
