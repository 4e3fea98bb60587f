import { estimatedSeconds } from "../src/commands/ribbon-budget";
import os from "node:os";
import type { SizeResult } from "./size";

const ms = (n: number) => (n >= 10_000 ? `${(n / 1000).toFixed(1)} s` : `${Math.round(n)} ms`);
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(2)} MB`;
const ratio = (a: number, b: number) => (a / b).toFixed(3);
const count = (n: number) => n.toLocaleString("en-GB");

export function machine(): string {
  const cpus = os.cpus();
  return `${cpus[0]?.model ?? "unknown CPU"}, ${cpus.length} cores, ${Math.round(os.totalmem() / 1024 ** 3)} GB memory, ${os.type()} ${os.release()}, Node ${process.version}`;
}

export function timeTable(results: SizeResult[]): string {
  const rows = results.map((r) => {
    const lo = r.libreOffice;
    const loCells = lo.installed ? [ms(lo.ms), ratio(r.engineMs, lo.ms), `${lo.agreeing}/${lo.cells}`] : [lo.note, "–", "–"];
    return [count(r.schemes), String(r.sheets), ms(r.excelJsMs), ms(r.officeReadMs), ms(r.engineMs), ratio(r.engineMs, r.excelJsMs), ...loCells];
  });
  return table(
    ["schemes", "sheets", "floor: ExcelJS load + values", "floor: Office.js read (fake Excel host)", "engine: read → validate → rollup → models", "engine / ExcelJS (goal ≤ 0.25 at 50,000)", "LibreOffice SUMIFS recalc", "engine / LibreOffice", "LibreOffice = engine (org × year, to the penny)"],
    rows,
  );
}

export function costTable(results: SizeResult[]): string {
  const rows = results.map((r) => [
    count(r.schemes), String(r.office.validate.syncs), String(r.office.buildRollups.syncs), String(r.office.rebuild.syncs),
    mb(Math.max(r.office.validate.maxRequestBytes, r.office.buildRollups.maxRequestBytes, r.office.rebuild.maxRequestBytes)),
    mb(Math.max(r.office.validate.maxResponseBytes, r.office.buildRollups.maxResponseBytes, r.office.rebuild.maxResponseBytes)),
    mb(r.office.buildRollups.requestBytes), mb(r.office.buildRollups.responseBytes),
    `${Math.round(estimatedSeconds(r.office.validate))} s / ${Math.round(estimatedSeconds(r.office.buildRollups))} s`,
    `${r.gridsHeapMb} MB`, `${r.peakRssMb.engine} MB`, `${r.peakRssMb.officeCosts} MB`,
  ]);
  return table(
    ["schemes", "Validate syncs", "Build rollups syncs", "rebuild syncs (in place)", "max request", "max response", "Build rollups request total", "Build rollups response total", "ribbon estimate: Validate / Build rollups (1 s a sync + 1 MB/s; limit 300 s)", "heap of the grids", "peak RSS: floor + engine", "peak RSS: + service runs"],
    rows,
  );
}

/** Engine time per scheme at each size, against the smallest: 1.0 means perfectly linear. */
export function growth(results: SizeResult[]): string {
  if (results.length < 2) return "Growth: one size only.";
  const base = results[0].engineMs / results[0].schemes;
  const parts = results.map((r) => `${count(r.schemes)}: ${((r.engineMs / r.schemes) * 1000).toFixed(1)} µs/scheme (×${((r.engineMs / r.schemes) / base).toFixed(2)})`);
  return `Engine time per scheme, against ${count(results[0].schemes)} schemes: ${parts.join("; ")}.`;
}

function table(header: string[], rows: string[][]): string {
  return [`| ${header.join(" | ")} |`, `|${header.map(() => "---").join("|")}|`, ...rows.map((r) => `| ${r.join(" | ")} |`)].join("\n");
}

export function resultsMarkdown(results: SizeResult[], runs: number, seed: number): string {
  return [
    "# Benchmark results",
    "",
    `Machine: ${machine()}. Date: ${new Date().toISOString().slice(0, 10)}. Medians of ${runs} run(s); generator seed ${seed}, 5% messy cells.`,
    "",
    "## Time",
    "",
    timeTable(results),
    "",
    growth(results),
    "",
    "## Office.js costs (Microsoft's library on the fake Excel host) and memory",
    "",
    costTable(results),
    "",
    "Syncs and bytes are those of the service's Validate and Build rollups over the Office.js host, through Microsoft's Excel library on the fake Excel host (real message bytes). Peak RSS is the high-water mark of the process measuring that size; it includes the ExcelJS workbook the fake host stands in for Excel with.",
    "",
  ].join("\n");
}
