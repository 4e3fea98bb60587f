import { nextStepLines } from "../core/messages/pane";
export type PaneTask = "plans" | "rules" | "validate" | "rollup" | "submission" | "select" | "compare";

export const TASK_TITLE: Record<PaneTask, string> = {
  plans: "Could not read the plans",
  rules: "Could not use the rule pack",
  validate: "Validate did not finish",
  rollup: "Build rollups did not finish",
  submission: "The submission sheet was not written",
  select: "Could not select the cell",
  compare: "The comparison did not finish",
};

/** What the user can do about each kind of failure: every error bar says it. */
export const NEXT_STEP: Record<PaneTask, string> = {
  plans: "Check the file is a plan workbook (.xlsx, .xlsm, .xls, .xlsb, .ods or .csv), do what the message says, and add it again.",
  rules: "Fix the field named above in the pack file, or choose Use default to go back to the bundled pack.",
  validate: "Press Enter or click into another cell if Excel is editing one, then run Validate again.",
  rollup: "Leave cell editing in Excel and run Build rollups again; your sheets were not changed.",
  submission: "Run Validate, correct the errors listed, then write the submission again.",
  select: "The sheet may have been renamed or deleted: run Validate again to refresh the findings.",
  compare: "Choose one or more earlier versions of these plans saved as .xlsx; your sheets were not changed.",
};

/** The pane's next-step line from what has been done so far. */
export function nextStepLine(s: { plans: readonly unknown[] | null; validation: { summary: { errors: number } } | null; rollup: unknown }): string {
  if (s.plans !== null && s.plans.length === 0) return nextStepLines.noPlans;
  if (!s.validation) return nextStepLines.validate;
  if (s.validation.summary.errors > 0) return nextStepLines.fixErrors(s.validation.summary.errors);
  if (!s.rollup) return nextStepLines.rollup;
  return nextStepLines.submit;
}
