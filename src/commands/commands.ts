import { OfficeWorkbook } from "../host/office/workbook";
import { officeExcelRun } from "../host/office/excel-run";
import { createQippService } from "../app/service";
import { rollupNotice, validateNotice } from "./notices";
import { commandNotifier } from "./notify";
import { notifyInExcel } from "./notify-office";
import { withinRibbonLimit } from "./ribbon-budget";
import { runCommand } from "./run-command";

/**
 * The ribbon's function file (commands.html). Each button runs the same service as the task
 * pane over Excel.run; the pipeline and its wording live there and in notices.ts, not here.
 * A workbook too large for a ribbon command's 5 minutes is sent to the pane (ribbon-budget.ts).
 */
Office.onReady(() => {
  const actions = () => createQippService(new OfficeWorkbook(officeExcelRun));
  // The pane shows the last command's outcome: record it (one save), then tell the user.
  const settings = Office.context.document.settings;
  const store = { set: (name: string, value: unknown) => settings.set(name, value), saveAsync: (done: (r: { status: string }) => void) => settings.saveAsync((r) => done({ status: String(r.status) })) };
  const notify = commandNotifier(store, notifyInExcel);
  Office.actions.associate("validatePlans", (event: Office.AddinCommands.Event) =>
    runCommand(event, () => withinRibbonLimit(officeExcelRun, () => actions().validate()), validateNotice, notify),
  );
  Office.actions.associate("buildRollups", (event: Office.AddinCommands.Event) =>
    runCommand(event, () => withinRibbonLimit(officeExcelRun, () => actions().buildRollups()), rollupNotice, notify),
  );
});
