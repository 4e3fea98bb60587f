import type { ExceptionReason } from "../rollup/exceptions";

/** Exception reasons in words, for the Reasons column and the pane (JSON keeps the codes). */
export const REASON_WORDS: Record<ExceptionReason, string> = {
  deteriorated: "RAG worse",
  "forecast-below-plan": "forecast below plan",
  red: "red",
  "savings-reduced": "savings reduced",
  "behind-plan": "behind plan",
  "activity-over-plan": "activity over plan",
  "milestone-overdue": "milestone overdue",
};

/** "Forecast below plan; red". */
export function reasonsInWords(reasons: readonly ExceptionReason[]): string {
  const text = reasons.map((r) => REASON_WORDS[r] ?? r.replace(/-/g, " ")).join("; ");
  return text.charAt(0).toUpperCase() + text.slice(1);
}
