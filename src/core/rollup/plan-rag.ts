import type { RulePack } from "../rules/schema";
import type { Rag } from "../types";
import type { Totals } from "./types";

/**
 * An organisation's overall RAG from the pack's thresholds on shares of its value at red and
 * amber (unrated counts as not green). When the value is zero, scheme counts stand in for it.
 */
export function computePlanRag(totals: Totals, thresholds: RulePack["parameters"]["planRag"]): Rag {
  const byValue = totals.savings.total !== 0;
  const weight = byValue ? totals.ragValue : totals.ragCount;
  const whole = byValue ? totals.savings.total : totals.schemes;
  if (whole === 0) return "green";
  const redShare = (weight.red + weight.unrated) / whole;
  const notGreenShare = (weight.red + weight.amber + weight.unrated) / whole;
  if (redShare > thresholds.redWhenRedOrUnratedOver) return "red";
  if (notGreenShare > thresholds.amberWhenNotGreenOver) return "amber";
  return "green";
}
