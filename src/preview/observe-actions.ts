import type { QippActions } from "../app/actions";

export interface ActionObserver {
  /** A cell the pane asked to select (the preview draws the selection itself). */
  onSelect: (sheet: string, cell: string) => void;
  /** After any action that may have written sheets. */
  onWorkbookChanged: () => void;
}

/** The pane's actions, with the preview told what happened so it can redraw the workbook. */
export function observeActions(actions: QippActions, observer: ActionObserver): QippActions {
  const afterWrite = <A extends unknown[], R>(call: (...args: A) => Promise<R>) =>
    async (...args: A): Promise<R> => {
      try {
        return await call(...args);
      } finally {
        observer.onWorkbookChanged();
      }
    };
  return {
    listPlans: () => actions.listPlans(),
    packState: () => actions.packState(),
    addPlanFiles: (files) => actions.addPlanFiles(files),
    ...(actions.removePlanFile && { removePlanFile: actions.removePlanFile }),
    setRulePack: (json, fileName) => actions.setRulePack(json, fileName),
    validate: afterWrite((onProgress) => actions.validate(onProgress)),
    buildRollups: afterWrite((onProgress) => actions.buildRollups(onProgress)),
    writeSubmission: afterWrite(() => actions.writeSubmission()),
    compareWith: afterWrite((file, onProgress) => actions.compareWith(file, onProgress)),
    selectCell: async (sheet, cell) => {
      const result = await actions.selectCell(sheet, cell);
      if (result.ok) observer.onSelect(sheet, cell);
      return result;
    },
    ...(actions.applyFix && { applyFix: afterWrite(actions.applyFix) }),
    ...(actions.undoFix && { undoFix: afterWrite(actions.undoFix) }),
    ...(actions.applyFixes && { applyFixes: afterWrite(actions.applyFixes) }),
    ...(actions.templateOrganisations && { templateOrganisations: actions.templateOrganisations }),
    ...(actions.addPlanSheet && { addPlanSheet: afterWrite(actions.addPlanSheet) }),
  };
}
