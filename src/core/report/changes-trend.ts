import type { Movement } from "../compare/movements";
import type { TrendEntry } from "../compare/trend";
import { toThousands } from "../money";
import { movementsSummary, movementWords, periodInWords, TREND_HEADERS, TREND_ORDER_NOTE, TREND_TITLE } from "../messages/compare-trend";
import type { OutputCell } from "./model";
import { money, text } from "./styles";

const RAGS = ["red", "amber", "green", "unrated"] as const;

/** The trend table for QIPP Changes: one row per version, oldest first. */
export function trendRows(trend: readonly TrendEntry[]): OutputCell[][] {
  if (trend.length === 0) return [];
  const rows: OutputCell[][] = [[text(TREND_TITLE, true)], TREND_HEADERS.map((h) => text(h, true))];
  for (const t of trend) {
    rows.push([
      text(periodInWords(t.periodEnd)), text(t.workbooks.join(", ")), money(t.national.total), money(t.national.ytdPlan), money(t.national.ytdActual),
      ...RAGS.map((rag): OutputCell => ({ value: t.national.ragCount[rag] })),
    ]);
  }
  if (trend.some((t) => t.periodEnd === null)) rows.push([text(TREND_ORDER_NOTE)]);
  return rows;
}

const key = (organisation: string, ref: string, sheet: string, cell: string) => `${organisation}|${ref}|${sheet}|${cell}`;

/** What to confirm about a scheme of the Changes table, by organisation, ref and cell. */
export function movementLookup(movements: readonly Movement[]): (s: { organisation: string; ref: string; sheet: string; cell: string }) => OutputCell {
  const byKey = new Map(movements.map((m) => [key(m.organisation, m.ref, m.sheet, m.cell), m]));
  return (s) => {
    const m = byKey.get(key(s.organisation, s.ref, s.sheet, s.cell));
    return m ? { ...text(movementWords(m)), fill: m.kind === "dropped" ? "FFC7CE" : "FFEB9C" } : text("");
  };
}

/** One line above the table: how many movements there are and what they are worth. */
export function movementsLine(movements: readonly Movement[]): OutputCell[] {
  const k = (pence: number) => toThousands(pence).toLocaleString("en-GB", { maximumFractionDigits: 0 });
  return [text(`To confirm: ${movementsSummary(movements, k)}. Filter the "To confirm" column to list them.`, true)];
}
