import type { Pence } from "../money";
import type { SchemeException } from "../rollup/exceptions";
import { schemeText, schemeTotal } from "../rollup/scheme-facts";
import type { RulePack } from "../rules/schema";
import type { Plan, RagOrUnrated } from "../types";

export interface RiskEntry {
  /** Workbook, sheet and ref: how an exception names the same scheme. */
  key: string;
  organisation: string;
  ref: string;
  name: string;
  rag: RagOrUnrated;
  risk: string;
  lead: string;
  theme: string;
  value: Pence;
}

/**
 * The theme whose keyword found in the text (case aside) is the longest, so "project manager" beats
 * "recruit"; ties go to the pack's order; no keyword at all, the pack's last theme.
 */
export function themeOf(risk: string, themes: RulePack["riskThemes"]): string {
  const lower = risk.toLowerCase();
  let best: { name: string; length: number } | null = null;
  for (const t of themes) {
    const length = Math.max(0, ...t.keywords.filter((k) => lower.includes(k.toLowerCase())).map((k) => k.length));
    if (length > 0 && (!best || length > best.length)) best = { name: t.name, length };
  }
  return best?.name ?? themes[themes.length - 1].name;
}

const exceptionKey = (e: SchemeException) => `${e.workbook}|${e.sheet}|${e.ref}`;

/** Each scheme that names a risk or is an exception, in plan order. */
export function riskLog(plans: readonly Plan[], exceptions: readonly SchemeException[], pack: RulePack): RiskEntry[] {
  const isException = new Set(exceptions.map(exceptionKey));
  const out: RiskEntry[] = [];
  for (const plan of plans) {
    for (const s of plan.schemes) {
      const ref = schemeText(s, "schemeRef");
      const risk = schemeText(s, "risks");
      const key = `${s.workbook}|${s.sheet}|${ref}`;
      if (!risk && !isException.has(key)) continue;
      out.push({
        key,
        organisation: s.organisation ?? plan.organisation.matched ?? plan.organisation.name,
        ref,
        name: schemeText(s, "schemeName"),
        rag: s.rag,
        risk,
        lead: schemeText(s, "lead"),
        theme: risk ? themeOf(risk, pack.riskThemes) : pack.riskThemes[pack.riskThemes.length - 1].name,
        value: schemeTotal(s, pack.years),
      });
    }
  }
  return out;
}

/**
 * The log a director reads: the entries that name a risk and are material exceptions, by value at
 * risk (the exceptions' order); the rest are counted, with their four-year value, on one line.
 */
export function materialRisks(log: readonly RiskEntry[], exceptions: readonly SchemeException[]) {
  const byKey = new Map(log.map((r) => [r.key, r]));
  const listed: RiskEntry[] = [];
  for (const e of exceptions) {
    const entry = e.material ? byKey.get(exceptionKey(e)) : undefined;
    if (entry && entry.risk !== "") listed.push(entry);
  }
  const shown = new Set(listed);
  const rest = log.filter((r) => r.risk !== "" && !shown.has(r));
  return { listed, rest: { count: rest.length, value: rest.reduce((sum, r) => sum + r.value, 0) } };
}

/** Risks grouped by theme in the pack's order: how many schemes and their four-year value. */
export function risksByTheme(log: readonly RiskEntry[], pack: RulePack): { theme: string; count: number; value: Pence }[] {
  return pack.riskThemes.map((t) => {
    const mine = log.filter((r) => r.risk !== "" && r.theme === t.name);
    return { theme: t.name, count: mine.length, value: mine.reduce((sum, r) => sum + r.value, 0) };
  });
}
