import type { Result } from "../app/actions";

/** What a ribbon command tells the user when it has run. */
export interface Notice {
  kind: "success" | "warning" | "error";
  title: string;
  text: string;
}

/** The part of Office.AddinCommands.Event a command needs. */
export interface CommandEvent {
  completed(): void;
}

export type Notify = (notice: Notice) => Promise<void>;

function unexpected(error: unknown): Notice {
  const detail = error instanceof Error ? error.message : String(error);
  return { kind: "error", title: "QIPP could not finish", text: `${detail} Open the QIPP pane to see more, or try again.` };
}

/**
 * Runs one ribbon command: the action (a QippActions call), a notice built from its outcome,
 * and always event.completed(), even when the action or the notice throws, so Excel never
 * waits on a stuck button.
 */
export async function runCommand<T>(
  event: CommandEvent,
  action: () => Promise<Result<T>>,
  describe: (value: T) => Notice,
  notify: Notify,
): Promise<Notice> {
  let notice: Notice;
  try {
    const result = await action();
    notice = result.ok ? describe(result.value) : { kind: "error", title: "QIPP could not finish", text: result.message };
  } catch (error) {
    notice = unexpected(error);
  }
  try {
    await notify(notice);
  } catch {
    // Nowhere left to report to: the outcome is still in the output sheets and the pane.
  } finally {
    event.completed();
  }
  return notice;
}
