import type { Finding, Severity } from "../core/types";

export const SEVERITIES: Severity[] = ["error", "warning", "info"];

export interface SeverityGroup {
  severity: Severity;
  findings: Finding[];
}

export interface SheetGroup {
  key: string;
  workbook: string;
  sheet: string;
  counts: Record<Severity, number>;
  severities: SeverityGroup[];
}

/** Case-insensitive match on everything a user might type: text, cell, sheet, field, rule, value. */
export function matchesSearch(finding: Finding, query: string): boolean {
  const q = query.trim().toLowerCase();
  if (q === "") return true;
  const haystack = [finding.message, finding.cell, finding.sheet, finding.workbook, finding.field, finding.rule, String(finding.value ?? "")];
  return haystack.some((text) => text.toLowerCase().includes(q));
}

/** Rank of a sheet by its worst finding, so sheets with errors come before those with only notes. */
function worst(counts: Record<Severity, number>): number {
  return SEVERITIES.findIndex((s) => counts[s] > 0);
}

/** Findings by sheet (sheets with errors first, else in the order first seen), then by severity, errors first. */
export function groupFindings(findings: readonly Finding[]): SheetGroup[] {
  const groups = new Map<string, { workbook: string; sheet: string; bySeverity: Record<Severity, Finding[]> }>();
  for (const f of findings) {
    const key = `${f.workbook}\u0000${f.sheet}`;
    let group = groups.get(key);
    if (!group) {
      group = { workbook: f.workbook, sheet: f.sheet, bySeverity: { error: [], warning: [], info: [] } };
      groups.set(key, group);
    }
    group.bySeverity[f.severity].push(f);
  }
  const sheets = [...groups].map(([key, g]) => ({
    key,
    workbook: g.workbook,
    sheet: g.sheet,
    counts: { error: g.bySeverity.error.length, warning: g.bySeverity.warning.length, info: g.bySeverity.info.length },
    severities: SEVERITIES.filter((s) => g.bySeverity[s].length > 0).map((severity) => ({ severity, findings: g.bySeverity[severity] })),
  }));
  return sheets.sort((a, b) => worst(a.counts) - worst(b.counts));
}

/** Findings that are the same problem: one rule, one value, one field kind ("'tbc' is not a number" in 494 cells). */
export interface ProblemGroup {
  key: string;
  findings: Finding[];
}

const fieldKind = (field: string) => field.replace(/:.*$/, "");

/** Same problems together, in the order each was first seen; a problem seen once is a group of one. */
export function sameProblems(findings: readonly Finding[]): ProblemGroup[] {
  const groups = new Map<string, ProblemGroup>();
  for (const f of findings) {
    // Whole-sheet findings, and those with no value, are each their own problem.
    const key = f.cell && f.value !== null ? `${f.rule}\u0000${fieldKind(f.field)}\u0000${String(f.value)}` : `${f.rule}\u0000${f.sheet}\u0000${f.cell}\u0000${f.message}`;
    const group = groups.get(key) ?? { key, findings: [] };
    group.findings.push(f);
    groups.set(key, group);
  }
  return [...groups.values()];
}

/** Filters by severity and by rule; "all" lets everything through. */
export function filterFindings(findings: readonly Finding[], severity: Severity | "all", rule: string): Finding[] {
  return findings.filter((f) => (severity === "all" || f.severity === severity) && (rule === "all" || f.rule === rule));
}

/** About this many findings on show when the list first appears: rendering thousands at once blocks the pane. */
export const OPEN_AT_FIRST = 100;

/**
 * The sheets open when the list first shows: the first (the worst) always, then the next while about
 * `budget` findings are on show; the others open on a click, or when a search or filter narrows the list.
 */
export function openAtFirst(groups: readonly SheetGroup[], budget = OPEN_AT_FIRST): string[] {
  const open: string[] = [];
  let shown = 0;
  for (const g of groups) {
    const n = g.counts.error + g.counts.warning + g.counts.info;
    if (open.length > 0 && shown + n > budget) break;
    open.push(g.key);
    shown += n;
  }
  return open;
}
