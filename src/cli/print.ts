import { counted, ruleTitle, severityCount, severityWord } from "../core/messages/rules";
import { toThousands } from "../core/money";
import type { ValidationResult } from "../core/pipeline";
import type { Rollup } from "../core/rollup/types";
import { inYearMessages } from "../core/messages/in-year";

const pad = (s: string, n: number) => (s.length >= n ? s : s + " ".repeat(n - s.length));
const lpad = (s: string, n: number) => (s.length >= n ? s : " ".repeat(n - s.length) + s);
const k = (pence: number) => toThousands(pence).toLocaleString("en-GB", { maximumFractionDigits: 0 });

/** Rules whose message already starts with what the title would say. */
const SAYS_ITSELF = new Set(["not-a-plan", "no-plan"]);

/** Findings grouped by workbook and sheet, then the counts. */
export function printFindings(v: ValidationResult): string {
  const lines = [`Rule pack: ${v.packInfo.name} v${v.packInfo.version} (${v.packInfo.source})`];
  const groups = new Map<string, typeof v.findings>();
  for (const f of v.findings) {
    const key = f.sheet ? `${f.workbook} › ${f.sheet}` : f.workbook;
    groups.set(key, [...(groups.get(key) ?? []), f]);
  }
  for (const plan of v.plans) {
    const key = `${plan.workbook} › ${plan.sheet}`;
    if (!groups.has(key)) lines.push("", `${key}: ${plan.schemes.length} schemes, no findings`);
  }
  for (const [key, list] of groups) {
    lines.push("", key);
    for (const f of list) lines.push(`  ${pad(severityWord(f.severity), 9)}${pad(f.cell || "-", 7)}${SAYS_ITSELF.has(f.rule) ? "" : `${ruleTitle(f.rule)}: `}${f.message}`);
  }
  const s = v.summary;
  lines.push("", `${severityCount("error", s.errors)}, ${severityCount("warning", s.warnings)}, ${severityCount("info", s.infos)} in ${counted(s.plans, "plan")}, ${counted(s.schemes, "scheme")}`);
  return lines.join("\n");
}

/** The rollup as a table: England, SHA clusters, SHAs and organisations, £000 by year. */
export function printRollup(r: Rollup): string {
  const head = [pad("Level", 14), pad("Name", 44), ...r.years.map((y) => lpad(y, 12)), lpad("Total", 13), lpad("Schemes", 8), "  Plan RAG"];
  const row = (level: string, name: string, t: Rollup["national"] | Rollup["organisations"][number], rag = "") =>
    [pad(level, 14), pad(name.slice(0, 43), 44), ...r.years.map((y) => lpad(k(t.savings[y] ?? 0), 12)), lpad(k(t.savings.total), 13), lpad(String(t.schemes), 8), `  ${rag}`].join("");
  const lines = ["£000", head.join(""), row("England", "England", r.national)];
  for (const c of r.shaClusters) {
    lines.push(row("SHA cluster", c.name, c));
    for (const s of r.shas.filter((x) => x.cluster === c.name)) {
      lines.push(row("  SHA", s.name, s));
      for (const o of r.organisations.filter((x) => x.shaCode === s.code)) lines.push(row("    Org", o.name, o, o.planRag));
    }
  }
  for (const o of r.organisations.filter((x) => !x.shaCode)) lines.push(row("Org (no SHA)", o.name, o, o.planRag));
  const y = r.national.inYear;
  if (y) lines.push("", inYearMessages.deliverySummary(y.ytdActual, y.ytdPlan, y.periodEnd, r.national.milestonesOverdue ?? 0));
  return lines.join("\n");
}
