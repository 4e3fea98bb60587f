import type { Movement } from "../core/compare/movements";
import type { TrendEntry } from "../core/compare/trend";
import { MOVEMENT_KIND, movementsSummary, movementWords, periodInWords, TREND_ORDER_NOTE } from "../core/messages/compare-trend";
import { toThousands } from "../core/money";

const lpad = (s: string, n: number) => (s.length >= n ? s : " ".repeat(n - s.length) + s);
const pad = (s: string, n: number) => (s.length >= n ? s : s + " ".repeat(n - s.length));
const k = (pence: number | null) => (pence === null ? "-" : toThousands(pence).toLocaleString("en-GB", { maximumFractionDigits: 0 }));

/** The trend over versions as text, oldest first. */
export function printTrend(trend: readonly TrendEntry[]): string {
  const lines = ["Trend (£000), oldest first", [pad("Period", 40), ...["Four-year", "YTD plan", "YTD actual"].map((h) => lpad(h, 12)), "  Red/Amber/Green"].join("")];
  for (const t of trend) {
    const c = t.national.ragCount;
    lines.push([pad(periodInWords(t.periodEnd) === "Period not given" ? t.workbooks.join(", ") : periodInWords(t.periodEnd), 40), ...[t.national.total, t.national.ytdPlan, t.national.ytdActual].map((p) => lpad(k(p), 12)), `  ${c.red}/${c.amber}/${c.green}`].join(""));
  }
  if (trend.some((t) => t.periodEnd === null)) lines.push(TREND_ORDER_NOTE);
  return lines.join("\n");
}

/** The movements to confirm, largest first (the first 20). */
export function printMovements(movements: readonly Movement[]): string {
  const lines = [`To confirm: ${movementsSummary(movements, (p) => k(p))}`];
  for (const m of movements.slice(0, 20)) lines.push(`  ${pad(MOVEMENT_KIND[m.kind], 9)}${lpad(k(m.value), 10)}  ${pad(m.organisation.slice(0, 24), 25)}${pad(m.ref, 12)} ${movementWords(m)}  (${m.side === "before" ? "earlier: " : ""}${m.sheet}!${m.cell})`);
  if (movements.length > 20) lines.push(`  … and ${movements.length - 20} more in the To confirm column of QIPP Changes`);
  return lines.join("\n");
}
