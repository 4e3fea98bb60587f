import { z } from "zod";

/** Where the ribbon commands leave their outcome for the pane (Office.context.document.settings). */
export const LAST_COMMAND_SETTING = "qipp.lastCommand";

const lastCommandSchema = z.object({
  kind: z.enum(["success", "warning", "error"]),
  title: z.string(),
  text: z.string(),
  /** ISO time the command finished. */
  at: z.string(),
});

export type LastCommand = z.infer<typeof lastCommandSchema>;

/** A stored outcome, or null when there is none or it is not one (an older or foreign setting). */
export function parseLastCommand(stored: unknown): LastCommand | null {
  const parsed = lastCommandSchema.safeParse(stored);
  return parsed.success ? parsed.data : null;
}
