import { spawnSync } from "node:child_process";
import { join } from "node:path";

export interface ProcessFigures {
  schemes: number;
  exceljsMs: number;
  validateMs: number;
  rollupMs: number;
  exceljsRssMb: number;
  validateRssMb: number;
  rollupRssMb: number;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** One whole process: wall time and the peak RSS it reports through rss-probe. */
function timeProcess(args: string[]): { ms: number; rssMb: number } {
  const start = process.hrtime.bigint();
  const child = spawnSync(process.execPath, ["-r", join(__dirname, "rss-probe.js"), ...args], { encoding: "utf8", maxBuffer: 256 * 1024 * 1024 });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  const rss = /QIPP_BENCH_MAXRSS_KB (\d+)/.exec(child.stderr ?? "");
  if (child.status !== 0 && child.status !== 1) throw new Error(`${args.join(" ")} exited ${child.status}: ${child.stderr}`);
  return { ms, rssMb: rss ? Number(rss[1]) / 1024 : NaN };
}

/**
 * Whole processes side by side, interleaved run by run: a bare ExcelJS load of the file, `qipp
 * validate`, and `qipp rollup` writing its output. Medians of the runs.
 */
export function measureProcesses(file: string, schemes: number, runs: number, root: string): ProcessFigures {
  const qipp = join(root, "bin", "qipp.js");
  const samples = { exceljs: [] as { ms: number; rssMb: number }[], validate: [] as { ms: number; rssMb: number }[], rollup: [] as { ms: number; rssMb: number }[] };
  for (let i = 0; i < runs; i++) {
    samples.exceljs.push(timeProcess([join(__dirname, "exceljs-load.js"), file]));
    samples.validate.push(timeProcess([qipp, "validate", file, "--json"]));
    samples.rollup.push(timeProcess([qipp, "rollup", file, "--json", "--out", file.replace(/\.xlsx$/, ".qipp.xlsx")]));
  }
  const ms = (k: keyof typeof samples) => median(samples[k].map((s) => s.ms));
  const rss = (k: keyof typeof samples) => Math.max(...samples[k].map((s) => s.rssMb));
  return { schemes, exceljsMs: ms("exceljs"), validateMs: ms("validate"), rollupMs: ms("rollup"), exceljsRssMb: rss("exceljs"), validateRssMb: rss("validate"), rollupRssMb: rss("rollup") };
}

export function processesMarkdown(figures: ProcessFigures[]): string {
  const n = (x: number) => Math.round(x).toLocaleString("en-GB");
  const ratio = (a: number, b: number) => (a / b).toFixed(2);
  const rows = figures.map((f) =>
    `| ${n(f.schemes)} | ${n(f.exceljsMs)} ms | ${n(f.validateMs)} ms | **${ratio(f.validateMs, f.exceljsMs)}** | ${n(f.rollupMs)} ms | **${ratio(f.rollupMs, f.exceljsMs)}** | ${n(f.exceljsRssMb)} / ${n(f.validateRssMb)} / ${n(f.rollupRssMb)} MB |`,
  );
  return [
    "### Whole processes: the CLI against a bare ExcelJS load",
    "",
    "| schemes | ExcelJS load (process) | `qipp validate` | validate / ExcelJS (goal ≤ 1.0) | `qipp rollup` (writes its output) | rollup / ExcelJS (goal ≤ 1.25) | peak RSS: ExcelJS / validate / rollup |",
    "|---|---|---|---|---|---|---|",
    ...rows,
  ].join("\n");
}
