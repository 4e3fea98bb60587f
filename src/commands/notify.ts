import { recordLastCommand, type SettingsStore } from "./record-command";
import type { Notice, Notify } from "./run-command";

/** Records a command's outcome in the document's settings (one save), then shows it. */
export function commandNotifier(settings: SettingsStore, show: (notice: Notice) => Promise<void>): Notify {
  return async (notice) => {
    await recordLastCommand(settings, notice).catch(() => undefined);
    await show(notice);
  };
}
