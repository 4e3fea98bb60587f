/** Words of the task pane's own lines (files added, outputs out of date, next steps). */
export const addedFileLines = {
  added: (file: string, what: string) => `${file} added: ${what}.`,
  replaced: (file: string, what: string) => `${file} replaced the copy added before: ${what}.`,
  removed: (file: string) => `${file} removed: its plans no longer count.`,
  noPlan: (file: string) => `No plan found in ${file}: choose the workbook that holds the plan's scheme table.`,
  unreadable: (file: string, reason: string) => `${file} could not be added: ${reason.replace(/\.$/, "")}.`,
  alreadyPlanned: (organisation: string, workbook: string, sheet: string) =>
    `${organisation} already has a plan (${workbook}, sheet ${sheet}): work on that sheet rather than adding a second one`,
  notOpen: (file: string, sheet: string, cell: string) => `In ${file}, sheet ${sheet}, cell ${cell}: that file is not open here, so nothing is selected.`,
};

/** What a result tab says once the workbook or the files behind it have changed. */
export const staleLines = {
  note: (what: string) => `Out of date: ${what} since these results were made.`,
  fix: "a cell was fixed",
  undo: "a fix was undone",
  added: "plan files were added",
  removed: "a plan file was removed",
  pack: "the rule pack changed",
};

/** The first screen's one line: what to do next, from where the user is. */
export const nextStepLines = {
  noPlans: "Next: open a QIPP plan workbook, or add plan files below.",
  validate: "Next: check the plans with Validate.",
  fixErrors: (errors: number) => `Next: fix the ${errors === 1 ? "error" : `${errors.toLocaleString("en-GB")} errors`} under Validate, then Build rollups.`,
  rollup: "Next: Build rollups for the output sheets.",
  submit: "Next: write the submission on Submit, or Compare with last month.",
};
