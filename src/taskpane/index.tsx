import { createRoot } from "react-dom/client";
import { OfficeWorkbook } from "../host/office/workbook";
import { createQippService } from "../app/service";
import { yieldToHost } from "../app/yield-to-host";
import { LAST_COMMAND_SETTING, parseLastCommand } from "../app/last-command";
import { lazyCellEditor, lazyTemplateWriter } from "./lazy-office";
import { officeExcelRun } from "../host/office/excel-run";
import { App } from "./App";
import { officePaneTheme } from "./office-theme";

/** Inside Excel: office.js (from the CDN, see taskpane.html) is ready, then the pane runs over Excel.run. */
void Office.onReady(() => {
  const container = document.getElementById("root");
  if (!container) throw new Error("taskpane.html has no #root element");
  const run = officeExcelRun;
  const actions = createQippService(new OfficeWorkbook(run, { yieldToHost }), {
    cells: lazyCellEditor(run),
    templates: lazyTemplateWriter(run, (name, version) => Office.context.requirements.isSetSupported(name, version)),
    yieldToHost, // the engine pauses between steps so the pane never freezes
  });
  const theme = officePaneTheme(Office.context?.officeTheme, window.matchMedia?.("(forced-colors: active)").matches);
  const lastCommand = parseLastCommand(Office.context.document?.settings?.get(LAST_COMMAND_SETTING));
  createRoot(container).render(<App actions={actions} theme={theme} lastCommand={lastCommand} />);
});
