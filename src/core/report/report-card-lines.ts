import { computePlanRag } from "../rollup/plan-rag";
import type { SchemeException } from "../rollup/exceptions";
import { schemeText, schemeTotal } from "../rollup/scheme-facts";
import type { Rollup, Totals } from "../rollup/types";
import type { Pence } from "../money";
import type { RulePack } from "../rules/schema";
import type { Plan, Rag, RagOrUnrated, Scheme } from "../types";

/** One line of the report card: an organisation, the scope's total, or a national workstream. */
export interface CardLine {
  kind: "organisation" | "total" | "workstream";
  name: string;
  fourYear: Pence;
  forecastYear: Pence;
  /** null when no scheme on the line has in-year figures. */
  ytdPlan: Pence | null;
  ytdActual: Pence | null;
  planRag: Rag | null;
  exceptions: number;
}

interface Sums {
  fourYear: Pence;
  forecastYear: Pence;
  ytdPlan: Pence | null;
  ytdActual: Pence | null;
  ragValue: Record<RagOrUnrated, Pence>;
  ragCount: Record<RagOrUnrated, number>;
  schemes: number;
}

const empty = (): Sums => ({ fourYear: 0, forecastYear: 0, ytdPlan: null, ytdActual: null, ragValue: { red: 0, amber: 0, green: 0, unrated: 0 }, ragCount: { red: 0, amber: 0, green: 0, unrated: 0 }, schemes: 0 });

function add(s: Sums, scheme: Scheme, pack: RulePack, forecastYear: string): void {
  const total = schemeTotal(scheme, pack.years);
  s.fourYear += total;
  s.forecastYear += scheme.savings[forecastYear]?.value ?? 0;
  s.ragValue[scheme.rag] += total;
  s.ragCount[scheme.rag] += 1;
  s.schemes += 1;
  // In-year figures count only where a scheme has both, so plan and actual cover the same schemes.
  const plan = scheme.ytdPlan?.value;
  const actual = scheme.ytdActual?.value;
  if (typeof plan === "number" && typeof actual === "number") {
    s.ytdPlan = (s.ytdPlan ?? 0) + plan;
    s.ytdActual = (s.ytdActual ?? 0) + actual;
  }
}

const exceptionKey = (workbook: string, sheet: string, ref: string) => `${workbook}|${sheet}|${ref}`;

/** Organisation lines (from the rollup, in its order), the scope's total, then one line per national workstream. */
export function cardLines(plans: readonly Plan[], rollup: Rollup, exceptions: readonly SchemeException[], pack: RulePack): CardLine[] {
  const forecastYear = pack.forecastYear ?? pack.years[0];
  const byOrg = new Map<string, Sums>();
  const byWorkstream = new Map<string, Sums>(pack.workstreams.map((w) => [w.name, empty()]));
  const all = empty();
  const exceptionWorkstream = new Map<string, string>();
  for (const plan of plans) {
    for (const scheme of plan.schemes) {
      const org = scheme.organisation ?? plan.organisation.matched ?? plan.organisation.name;
      const ws = scheme.workstream ?? "Unknown";
      if (!byOrg.has(org)) byOrg.set(org, empty());
      if (!byWorkstream.has(ws)) byWorkstream.set(ws, empty());
      for (const s of [byOrg.get(org)!, byWorkstream.get(ws)!, all]) add(s, scheme, pack, forecastYear);
      exceptionWorkstream.set(exceptionKey(scheme.workbook, scheme.sheet, schemeText(scheme, "schemeRef")), ws);
    }
  }
  // Counted in one pass: a national return can have tens of thousands of exceptions.
  const byOrgCount = new Map<string, number>();
  const byWorkstreamCount = new Map<string, number>();
  const bump = (m: Map<string, number>, k: string | undefined) => k !== undefined && m.set(k, (m.get(k) ?? 0) + 1);
  for (const e of exceptions) {
    bump(byOrgCount, e.organisation);
    bump(byWorkstreamCount, exceptionWorkstream.get(exceptionKey(e.workbook, e.sheet, e.ref)));
  }
  const rag = (s: Sums) => computePlanRag({ savings: { total: s.fourYear }, ragValue: s.ragValue, ragCount: s.ragCount, schemes: s.schemes } as unknown as Totals, pack.parameters.planRag);
  const line = (kind: CardLine["kind"], name: string, s: Sums, planRag: Rag | null, n: number): CardLine => ({
    kind, name, fourYear: s.fourYear, forecastYear: s.forecastYear, ytdPlan: s.ytdPlan, ytdActual: s.ytdActual, planRag, exceptions: n,
  });

  const lines = rollup.organisations.map((o) => {
    const s = byOrg.get(o.name) ?? empty();
    // Issue 15's engine figures, where it gives them, are the in-year source of truth.
    if (o.inYear) Object.assign(s, { ytdPlan: o.inYear.ytdPlan, ytdActual: o.inYear.ytdActual });
    return line("organisation", o.name, s, o.planRag, byOrgCount.get(o.name) ?? 0);
  });
  lines.push(line("total", "", all, null, exceptions.length));
  for (const [name, s] of byWorkstream) {
    if (s.schemes === 0) continue;
    lines.push(line("workstream", name, s, rag(s), byWorkstreamCount.get(name) ?? 0));
  }
  return lines;
}

/** actual / plan × 100, or null when there is no plan to deliver against. */
export function deliveredPercent(l: CardLine): number | null {
  return l.ytdPlan === null || l.ytdActual === null || l.ytdPlan === 0 ? null : (100 * l.ytdActual) / l.ytdPlan;
}
