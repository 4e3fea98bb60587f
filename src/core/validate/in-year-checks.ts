import { isBlank } from "../grid";
import { inYearMessages, IN_YEAR_FIELD_LABELS } from "../messages/in-year";
import type { PackIndex } from "../rules/match";
import type { Amount, Finding, Plan, Scheme } from "../types";
import { makeFinding } from "./finding";
import { messages } from "../messages/findings";

type Emit = (f: Finding | undefined) => void;

const NUMBERS = ["ytdPlan", "ytdActual", "activityPlanYtd", "activityActualYtd", "workforceChange"] as const;

/**
 * In-year cells: figures that are not numbers, due dates that are not dates, and quality impact
 * assessments not signed off (one note for a plan with no QIA column at all).
 */
export function checkInYear(plan: Plan, index: PackIndex, emit: Emit): void {
  const pack = index.pack;
  if (!plan.columns.qia) {
    const letters = plan.columns.schemeRef ?? plan.columns.schemeName ?? Object.values(plan.columns)[0] ?? Object.values(plan.yearColumns)[0];
    const cell = letters ? `${letters}${plan.headerRow}` : "";
    emit(makeFinding(pack, "qia-no-column", { workbook: plan.workbook, sheet: plan.sheet, cell }, "qia", null, inYearMessages.qiaNoColumn(plan.sheet)));
  }
  if (!NUMBERS.some((f) => plan.columns[f]) && !plan.columns.milestoneDue && !plan.columns.qia) return;
  for (const s of plan.schemes) checkScheme(s, index, emit);
}

function checkScheme(s: Scheme, index: PackIndex, emit: Emit): void {
  const pack = index.pack;
  const at = (cell: string) => ({ workbook: s.workbook, sheet: s.sheet, cell });
  const number = (field: string, a: Amount | undefined) => {
    if (!a?.issue) return;
    emit(a.issue === "error"
      ? makeFinding(pack, "error-value", at(a.cell), field, a.raw, messages.errorValue(field, a.raw))
      : makeFinding(pack, "not-a-number", at(a.cell), field, a.raw, messages.notANumber(field, a.raw)));
  };
  for (const field of NUMBERS) number(field, s[field]);
  const due = s.milestone?.due;
  if (due && due.date === null && !isBlank(due.raw)) {
    emit(makeFinding(pack, "not-a-date", at(due.cell), "milestoneDue", due.raw, inYearMessages.notADate(IN_YEAR_FIELD_LABELS.milestoneDue, due.raw)));
  }
  const qia = s.qiaSignedOff;
  if (qia && !qia.signedOff && hasSavings(s)) emit(makeFinding(pack, "qia-missing", at(qia.cell), "qia", qia.raw, inYearMessages.qiaMissing(qia.raw)));
}

function hasSavings(s: Scheme): boolean {
  for (const year in s.savings) if ((s.savings[year].value ?? 0) !== 0) return true;
  return false;
}
