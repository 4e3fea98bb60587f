import { cellText, isBlank, type CellValue } from "../grid";
import type { Unit } from "../money";
import type { InYearField, Scheme } from "../types";
import { readAmount, readNumber, readText } from "./cells";
import { parseDate } from "./dates";

/** An in-year column of one sheet: where it is and the unit its money is in. */
export interface InYearColumn {
  field: InYearField;
  rel: number;
  letters: string;
  unit: Unit;
}

const COMPLETE = /^(complete|completed|achieved|done)$/i;
const SIGNED_OFF = /^(yes|y|signed off|signed-off|approved|complete|completed)$/i;

/** Complete, Completed, Achieved and Done mean complete; anything else, blank included, does not. */
export const isComplete = (status: string) => COMPLETE.test(status.trim());

/** A date, Yes, Y, Signed off, Approved, Complete or Completed: signed off. */
export function isSignedOff(raw: CellValue): boolean {
  if (isBlank(raw)) return false;
  return SIGNED_OFF.test(cellText(raw)) || parseDate(raw) !== null;
}

/** Reads one row's in-year cells into the scheme; columns the sheet lacks leave fields undefined. */
export function readInYear(scheme: Scheme, cells: readonly CellValue[], columns: readonly InYearColumn[], rowLabel: string): void {
  let milestone: Scheme["milestone"];
  const ensure = () => (milestone ??= { name: null, due: null, complete: false });
  for (const c of columns) {
    const raw = cells[c.rel] ?? null;
    const cell = c.letters + rowLabel;
    switch (c.field) {
      case "ytdPlan":
      case "ytdActual":
        scheme[c.field] = readAmount(raw, cell, c.unit);
        break;
      case "activityPlanYtd":
      case "activityActualYtd":
      case "workforceChange":
        scheme[c.field] = readNumber(raw, cell);
        break;
      case "milestone":
        ensure().name = readText(raw, cell);
        break;
      case "milestoneDue":
        ensure().due = { cell, raw, date: isBlank(raw) ? null : parseDate(raw) };
        break;
      case "milestoneStatus": {
        const status = readText(raw, cell);
        ensure().status = status;
        ensure().complete = isComplete(status.text);
        break;
      }
      case "qia":
        scheme.qiaSignedOff = { cell, raw, signedOff: isSignedOff(raw) };
        break;
    }
  }
  if (milestone) scheme.milestone = milestone;
}
