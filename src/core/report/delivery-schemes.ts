import { dateInWords } from "../messages/in-year";
import type { Plan, Scheme } from "../types";
import { sourceLink } from "./exceptions-sheet";
import type { OutputCell } from "./model";
import { money, percent, text } from "./styles";

export const SCHEME_HEADERS = [
  "Organisation", "Ref", "Scheme", "YTD plan", "YTD actual", "Delivered %", "Activity plan YTD", "Activity actual YTD",
  "Next milestone", "Due", "Milestone status", "QIA signed off", "RAG", "Workbook", "Sheet", "YTD actual cell", "Milestone cell",
];

const RAG5_WORDS: Record<string, string> = { green: "Green", "amber-green": "Amber/Green", amber: "Amber", "amber-red": "Amber/Red", red: "Red", unrated: "" };

function hasInYear(s: Scheme): boolean {
  return !!(s.ytdPlan || s.ytdActual || s.activityPlanYtd || s.activityActualYtd || s.milestone || s.qiaSignedOff || s.workforceChange);
}

function row(s: Scheme, open: string | undefined): OutputCell[] {
  const plan = s.ytdPlan?.value ?? null;
  const actual = s.ytdActual?.value ?? null;
  const due = s.milestone?.due;
  const qia = s.qiaSignedOff;
  return [
    text(s.organisation),
    text(s.text.schemeRef?.text),
    text(s.text.schemeName?.text),
    money(plan),
    money(actual),
    percent(plan !== null && actual !== null && plan !== 0 ? (100 * actual) / plan : null),
    { value: s.activityPlanYtd?.value ?? null },
    { value: s.activityActualYtd?.value ?? null },
    text(s.milestone?.name?.text),
    // Words, not the cell's raw value: a due date that could not be read shows as typed.
    text(due ? (due.date ? dateInWords(due.date) : String(due.raw ?? "")) : ""),
    text(s.milestone?.status?.text ?? (s.milestone ? (s.milestone.complete ? "Complete" : "") : "")),
    text(qia ? (qia.signedOff ? "Yes" : "No") : ""),
    text(RAG5_WORDS[s.rag5 ?? s.rag] ?? ""),
    text(s.workbook),
    text(s.sheet),
    sourceLink(s.workbook, s.sheet, s.ytdActual?.cell ?? s.text.schemeRef?.cell ?? "", open),
    sourceLink(s.workbook, s.sheet, due?.cell ?? s.milestone?.name?.cell ?? "", open),
  ];
}

/** One row per scheme that carries in-year figures, in plan order, each linked to its cells. */
export function deliverySchemeRows(plans: readonly Plan[], open: string | undefined): OutputCell[][] {
  const out: OutputCell[][] = [];
  for (const p of plans) for (const s of p.schemes) if (hasInYear(s)) out.push(row(s, open));
  return out;
}
