import type { OutputSheet } from "../../core/report/model";
/** Runs of formula cells side by side in a row, each as "=" and its formula. */
export function formulaRuns(model: OutputSheet): { row: number; from: number; formulas: string[] }[] {
  const runs: { row: number; from: number; formulas: string[] }[] = [];
  model.rows.forEach((row, r) => {
    row.forEach((cell, c) => {
      if (!cell?.formula || typeof cell.value !== "number") return;
      const last = runs[runs.length - 1];
      if (last && last.row === r && last.from + last.formulas.length === c) last.formulas.push(`=${cell.formula}`);
      else runs.push({ row: r, from: c, formulas: [`=${cell.formula}`] });
    });
  });
  return runs;
}
