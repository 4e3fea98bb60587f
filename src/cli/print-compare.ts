import type { Comparison, LevelChange } from "../core/compare/types";
import { toThousands } from "../core/money";
import type { RagOrUnrated } from "../core/types";

const pad = (s: string, n: number) => (s.length >= n ? s : s + " ".repeat(n - s.length));
const lpad = (s: string, n: number) => (s.length >= n ? s : " ".repeat(n - s.length) + s);
const k = (pence: number) => toThousands(pence).toLocaleString("en-GB", { maximumFractionDigits: 0 });
const RAGS: RagOrUnrated[] = ["green", "amber", "red", "unrated"];

function bridgeRow(level: string, l: LevelChange): string {
  const rag = `${l.planRagBefore ?? "-"} → ${l.planRagAfter ?? "-"}`;
  return [pad(level, 14), pad(l.name.slice(0, 35), 36), ...[l.before, l.new, l.dropped, l.changed, l.after].map((p) => lpad(k(p), 12)), `  ${rag}`].join("");
}

/** The bridge by level, the RAG migration and the largest exceptions, as text. */
export function printComparison(c: Comparison): string {
  const lines = ["£000: before + new − dropped + changed = after", [pad("Level", 14), pad("Name", 36), ...["Before", "New", "Dropped", "Changed", "After"].map((h) => lpad(h, 12)), "  Plan RAG"].join("")];
  lines.push(bridgeRow("England", c.national));
  for (const cluster of c.shaClusters) {
    lines.push(bridgeRow("SHA cluster", cluster));
    for (const sha of c.shas.filter((s) => s.cluster === cluster.name)) {
      lines.push(bridgeRow("  SHA", sha));
      for (const o of c.organisations.filter((x) => x.shaCode === sha.code)) lines.push(bridgeRow("    Org", o));
    }
  }
  for (const o of c.organisations.filter((x) => x.shaCode === null)) lines.push(bridgeRow("Org (no SHA)", o));
  const n = c.national.counts;
  lines.push("", `Schemes: ${n.new} new, ${n.dropped} dropped, ${n.changed} changed, ${n.unchanged} unchanged`);
  lines.push("", "RAG migration (schemes on both sides; earlier down, later across)", pad("", 10) + RAGS.map((r) => lpad(r, 9)).join(""));
  for (const from of RAGS) lines.push(pad(from, 10) + RAGS.map((to) => lpad(String(c.national.migration.count[from][to]), 9)).join(""));
  lines.push("", `${c.exceptions.length} exception(s), largest value at risk first:`);
  for (const e of c.exceptions.slice(0, 20)) lines.push(`  ${lpad(k(e.valueAtRisk), 10)}  ${pad(e.organisation.slice(0, 24), 25)}${pad(e.ref, 10)}${e.messages.join("; ")}  (${e.sheet}!${e.cell})`);
  if (c.exceptions.length > 20) lines.push(`  … and ${c.exceptions.length - 20} more on the QIPP Exceptions sheet`);
  if (c.notes.length) lines.push("", ...c.notes);
  return lines.join("\n");
}
