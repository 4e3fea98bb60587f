import { OfficeWorkbook } from "../host/office";
import { createQippService } from "../host/service";
import { rollupNotice, validateNotice } from "./notices";
import { notifyInExcel } from "./notify-office";
import { runCommand } from "./run-command";

/**
 * The ribbon's function file (commands.html). Each button runs the same service as the task
 * pane over Excel.run; the pipeline and its wording live there and in notices.ts, not here.
 */
Office.onReady(() => {
  const actions = () => createQippService(new OfficeWorkbook((batch) => Excel.run(batch)));
  Office.actions.associate("validatePlans", (event: Office.AddinCommands.Event) =>
    runCommand(event, () => actions().validate(), validateNotice, notifyInExcel),
  );
  Office.actions.associate("buildRollups", (event: Office.AddinCommands.Event) =>
    runCommand(event, () => actions().buildRollups(), rollupNotice, notifyInExcel),
  );
});
