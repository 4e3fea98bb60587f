import { OfficeWorkbook } from "../host/office/workbook";
import { officeExcelRun } from "../host/office/excel-run";
import { createQippService } from "../app/service";
import { rollupNotice, validateNotice } from "./notices";
import { notifyInExcel } from "./notify-office";
import { recordLastCommand } from "./record-command";
import { runCommand, type Notice } from "./run-command";

/**
 * The ribbon's function file (commands.html). Each button runs the same service as the task
 * pane over Excel.run; the pipeline and its wording live there and in notices.ts, not here.
 */
Office.onReady(() => {
  const actions = () => createQippService(new OfficeWorkbook(officeExcelRun));
  // The pane shows the last command's outcome: record it, then tell the user.
  const notify = async (notice: Notice) => {
    const settings = Office.context.document.settings;
    const store = { set: (name: string, value: unknown) => settings.set(name, value), saveAsync: (done: (r: { status: string }) => void) => settings.saveAsync((r) => done({ status: String(r.status) })) };
    await recordLastCommand(store, notice).catch(() => undefined);
    await notifyInExcel(notice);
  };
  Office.actions.associate("validatePlans", (event: Office.AddinCommands.Event) =>
    runCommand(event, () => actions().validate(), validateNotice, notify),
  );
  Office.actions.associate("buildRollups", (event: Office.AddinCommands.Event) =>
    runCommand(event, () => actions().buildRollups(), rollupNotice, notify),
  );
});
