import type { FakeExcelStats } from "../src/host/fake-excel/node";

/** Validate's largest write: the findings sheet, one linked row per finding (the 5 MB limit bites here first). */
export const FINDINGS_BENCHED = 30_000;

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(2)} MB`;

export function findingsMarkdown(count: number, stats: FakeExcelStats): string {
  return [
    `### Writing ${count.toLocaleString("en-GB")} findings (the QIPP Validation sheet)`,
    "",
    "| findings | syncs | max request | max response | request total |",
    "|---|---|---|---|---|",
    `| ${count.toLocaleString("en-GB")} | ${stats.syncs} | ${mb(stats.maxRequestBytes)} | ${mb(stats.maxResponseBytes)} | ${mb(stats.requestBytes)} |`,
    "",
    "Through Microsoft's library on the fake Excel host, real message bytes; Excel on the web refuses a request or response over 5 MB.",
    "",
  ].join("\n");
}
