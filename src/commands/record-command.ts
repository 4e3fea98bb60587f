import { LAST_COMMAND_SETTING, type LastCommand } from "../app/last-command";
import type { Notice } from "./run-command";

/** The part of Office.Settings the record needs. */
export interface SettingsStore {
  set(name: string, value: unknown): void;
  saveAsync(callback?: (result: { status: string }) => void): void;
}

/** Saves a ribbon command's outcome in the document's settings, so the pane can show it when it opens. */
export function recordLastCommand(settings: SettingsStore, notice: Notice, now = new Date()): Promise<LastCommand> {
  const record: LastCommand = { ...notice, at: now.toISOString() };
  settings.set(LAST_COMMAND_SETTING, record);
  return new Promise((resolve, reject) =>
    settings.saveAsync((result) => (result.status === "succeeded" ? resolve(record) : reject(new Error("The outcome could not be saved in the workbook's settings.")))),
  );
}
