import { columnLetters } from "../grid";
import { parseNumberText } from "../money";
import type { RulePack } from "../rules/schema";
import type { Finding, Plan } from "../types";
import type { CellFix, FixChoice } from "./model";
import { closestName } from "./similar";

const shown = (v: Finding["value"]) => (v === null ? "" : String(v));

/** Numeric text with an obvious slip: spaces in the digits, a leading apostrophe, "k" after £000. */
export function obviousNumber(text: string): number | undefined {
  const t = text.replace(/^'/, "").replace(/[\s\u00a0]+/g, "").replace(/(\d)k$/i, "$1");
  return t === text ? undefined : parseNumberText(t);
}

function columnIndex(letters: string): number {
  return [...letters].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
}

/** The Total formula for a scheme row: a SUM over its year columns (a range when they are side by side). */
export function totalFormula(plan: Plan, row: number): string | undefined {
  const cols = plan.schemes.length === 0 ? [] : Object.values(plan.yearColumns).map(columnIndex).sort((a, b) => a - b);
  if (cols.length === 0) return undefined;
  const contiguous = cols.every((c, i) => i === 0 || c === cols[i - 1] + 1);
  const cell = (c: number) => `${columnLetters(c)}${row}`;
  return contiguous ? `SUM(${cell(cols[0])}:${cell(cols[cols.length - 1])})` : `SUM(${cols.map(cell).join(",")})`;
}

function choicesFor(finding: Finding, plans: readonly Plan[], pack: RulePack): FixChoice[] {
  const text = shown(finding.value);
  if (finding.rule === "code-list" && finding.field === "rag") {
    return (["red", "amber", "green"] as const).map((k) => ({ label: pack.rag[k][0], write: { kind: "value", value: pack.rag[k][0] } }));
  }
  if (finding.rule === "code-list" && (finding.field === "workstream" || finding.field === "pointOfDelivery")) {
    const name = closestName(text, finding.field === "workstream" ? pack.workstreams : pack.pointsOfDelivery);
    return name ? [{ label: name, write: { kind: "value", value: name } }] : [];
  }
  if (finding.rule === "not-a-number" && typeof finding.value === "string") {
    const n = obviousNumber(finding.value);
    return n === undefined ? [] : [{ label: n.toLocaleString("en-GB"), write: { kind: "value", value: n } }];
  }
  if (finding.rule === "total-mismatch") {
    const plan = plans.find((p) => p.workbook === finding.workbook && p.sheet === finding.sheet);
    const row = Number(/\d+$/.exec(finding.cell)?.[0]);
    const scheme = plan?.schemes.find((s) => s.row === row);
    const formula = plan && scheme ? totalFormula(plan, row) : undefined;
    return formula ? [{ label: `=${formula}`, write: { kind: "formula", formula } }] : [];
  }
  return [];
}

/** The findings with an obvious fix, each with what one click would write. Pure: nothing is written here. */
export function proposeFixes(findings: readonly Finding[], plans: readonly Plan[], pack: RulePack): CellFix[] {
  const fixes: CellFix[] = [];
  for (const f of findings) {
    if (!f.cell) continue;
    const choices = choicesFor(f, plans, pack);
    if (choices.length > 0) fixes.push({ workbook: f.workbook, sheet: f.sheet, cell: f.cell, rule: f.rule, field: f.field, old: shown(f.value), choices });
  }
  return fixes;
}
