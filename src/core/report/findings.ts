import type { Finding, Severity } from "../types";
import type { Rollup } from "../rollup/types";

/** Validation findings plus the rollup's own (duplicate plans), each once. */
export function allFindings(findings: readonly Finding[], rollup: Rollup | null): Finding[] {
  const key = (f: Finding) => [f.rule, f.workbook, f.sheet, f.cell, f.message].join("\u0000");
  const seen = new Set(findings.map(key));
  return [...findings, ...(rollup?.findings ?? []).filter((f) => !seen.has(key(f)))];
}

export function countBySeverity(findings: readonly Finding[]): Record<Severity, number> {
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const f of findings) counts[f.severity] += 1;
  return counts;
}

/** "2 errors", "1 warning", "0 infos". */
export function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? "" : "s"}`;
}
