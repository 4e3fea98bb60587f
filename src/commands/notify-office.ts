import type { Notice } from "./run-command";

/**
 * A notice left open is closed after this long. The command completes only when the dialog closes, and
 * until then Excel will not run the next ribbon click, so the notice stays briefly (the pane keeps it too).
 */
export const NOTICE_OPEN_MS = 8_000;

/** URL of the small notice page served beside commands.html. */
export function noticeUrl(notice: Notice, base: string): string {
  const url = new URL("notice.html", base);
  url.searchParams.set("kind", notice.kind);
  url.searchParams.set("title", notice.title);
  url.searchParams.set("text", notice.text);
  return url.toString();
}

/**
 * Excel has no notification API for ExecuteFunction commands (item notifications are
 * Outlook-only), so the outcome is shown in a small Office dialog. It resolves when the dialog
 * is closed (by the user, its OK button or the timeout) or could not open, so that
 * event.completed() runs after it: completing first would unload the page that owns the dialog.
 */
function showDialog(notice: Notice): Promise<void> {
  return new Promise((resolve) => {
    const options = { height: 30, width: 30, displayInIframe: true };
    Office.context.ui.displayDialogAsync(noticeUrl(notice, window.location.href), options, (opened) => {
      if (opened.status !== Office.AsyncResultStatus.Succeeded) {
        resolve();
        return;
      }
      const dialog = opened.value;
      const finish = () => {
        clearTimeout(timer);
        try {
          dialog.close();
        } catch {
          // already closed by the user
        }
        resolve();
      };
      const timer = setTimeout(finish, NOTICE_OPEN_MS);
      dialog.addEventHandler(Office.EventType.DialogMessageReceived, finish);
      dialog.addEventHandler(Office.EventType.DialogEventReceived, finish);
    });
  });
}

/** Shows the outcome; it is saved in the document's settings once, by recordLastCommand (commands/notify.ts). */
export function notifyInExcel(notice: Notice): Promise<void> {
  return showDialog(notice);
}
