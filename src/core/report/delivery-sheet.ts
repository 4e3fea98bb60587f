import { dateInWords, periodInWords } from "../messages/in-year";
import { RAG5_AND_UNRATED } from "../rollup/in-year-totals";
import type { Rollup, Totals } from "../rollup/types";
import type { Plan } from "../types";
import { sheetTop, type ReportMeta } from "./header";
import { hierarchyRows } from "./hierarchy-rows";
import type { OutputCell, OutputSheet } from "./model";
import { deliverySchemeRows, SCHEME_HEADERS } from "./delivery-schemes";
import { money, percent, text } from "./styles";

export const DELIVERY_SHEET = "QIPP Delivery";

const RAG5_HEADINGS: Record<string, string> = { green: "Green", "amber-green": "Amber/Green", amber: "Amber", "amber-red": "Amber/Red", red: "Red", unrated: "Unrated" };

/** Points of delivery with activity anywhere, in the order England lists them. */
function activityPoints(rollup: Rollup): string[] {
  return Object.keys(rollup.national.activity ?? {});
}

function levelCells(t: Totals, points: readonly string[], bold: boolean): OutputCell[] {
  const y = t.inYear;
  const c = t.challenge;
  return [
    text(y?.periodEnd ? dateInWords(y.periodEnd) : ""),
    money(y ? y.ytdPlan : null, bold),
    money(y ? y.ytdActual : null, bold),
    money(y ? y.variance : null),
    percent(y ? y.deliveredPercent : null),
    ...points.flatMap((p) => {
      const a = t.activity?.[p];
      return [{ value: a ? a.planned : null }, { value: a ? a.actual : null }];
    }),
    { value: t.milestonesOverdue ?? 0, fill: (t.milestonesOverdue ?? 0) > 0 ? "FFC7CE" : undefined },
    { value: t.workforceChange ?? 0 },
    ...RAG5_AND_UNRATED.map((r) => money(t.ragValue5?.[r] ?? 0)),
    money(c ? c.target : null),
    money(c ? c.identified : null),
    percent(c ? c.coverage : null),
  ];
}

/**
 * Delivery to date at every level (YTD plan and actual, activity by point of delivery, overdue
 * milestones, WTE, the five-point RAG, the challenge), then each scheme's in-year figures linked to its cells.
 */
export function deliverySheet(rollup: Rollup, plans: readonly Plan[], meta: ReportMeta): OutputSheet {
  const points = activityPoints(rollup);
  const headers = [
    "Level", "Name", "Period to", "YTD plan", "YTD actual", "Variance", "Delivered %",
    ...points.flatMap((p) => [`${p} activity planned`, `${p} activity actual`]),
    "Milestones overdue", "WTE change", ...RAG5_AND_UNRATED.map((r) => `${RAG5_HEADINGS[r]} £000`), "Challenge", "Identified", "Coverage %",
  ];
  const periods = [...new Set(plans.flatMap((p) => (p.period ? [periodInWords(p.period)] : [])))];
  const lines: OutputCell[][] = [
    [text("Money in £000; activity in each point of delivery's own unit (a reduction is negative); WTE in whole-time equivalents")],
    [text(periods.length ? `Reporting period: ${periods.join("; ")}` : "No plan states a reporting month")],
  ];
  const { rows, headerRow } = sheetTop(DELIVERY_SHEET, meta, headers, lines);
  for (const r of hierarchyRows(rollup)) {
    const bold = r.level !== "Organisation";
    rows.push([text(r.level, bold), { ...text(r.name, bold), indent: r.depth }, ...levelCells(r.totals, points, bold)]);
  }
  const schemes = deliverySchemeRows(plans, meta.workbooks[0]);
  rows.push([], [text("Schemes with in-year figures", true)], SCHEME_HEADERS.map((h) => ({ ...text(h, true), fill: "D9E1F2" })));
  if (schemes.length === 0) rows.push([text("No scheme has in-year figures (YTD plan and actual, activity to date, a milestone or a QIA).")]);
  rows.push(...schemes);
  return {
    name: DELIVERY_SHEET,
    rows,
    columnWidths: [13, 36, 18, 12, 12, 12, 11, ...points.flatMap(() => [14, 14]), 12, 10, ...RAG5_AND_UNRATED.map(() => 12), 14, 14, 11],
    freezeRows: headerRow + 1,
  };
}
