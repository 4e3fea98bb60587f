import type { Pence } from "../money";
import type { SchemeException } from "../rollup/exceptions";
import { schemeText, schemeTotal } from "../rollup/scheme-facts";
import type { RulePack } from "../rules/schema";
import type { Plan, RagOrUnrated } from "../types";

export interface RiskEntry {
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

/** Each scheme that names a risk or is an exception, in plan order. */
export function riskLog(plans: readonly Plan[], exceptions: readonly SchemeException[], pack: RulePack): RiskEntry[] {
  const isException = new Set(exceptions.map((e) => `${e.workbook}|${e.sheet}|${e.ref}`));
  const out: RiskEntry[] = [];
  for (const plan of plans) {
    for (const s of plan.schemes) {
      const ref = schemeText(s, "schemeRef");
      const risk = schemeText(s, "risks");
      if (!risk && !isException.has(`${s.workbook}|${s.sheet}|${ref}`)) continue;
      out.push({
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

/** Risks grouped by theme in the pack's order: how many schemes and their four-year value. */
export function risksByTheme(log: readonly RiskEntry[], pack: RulePack): { theme: string; count: number; value: Pence }[] {
  return pack.riskThemes.map((t) => {
    const mine = log.filter((r) => r.risk !== "" && r.theme === t.name);
    return { theme: t.name, count: mine.length, value: mine.reduce((sum, r) => sum + r.value, 0) };
  });
}
