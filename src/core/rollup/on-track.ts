import type { RulePack } from "../rules/schema";
import type { Scheme, Year } from "../types";
import { forecastFacts } from "./scheme-facts";

/**
 * On track as the pack defines it (by default: rated green and, where the forecast year has a
 * forecast, the forecast at least 90% of plan).
 */
export function isOnTrack(scheme: Scheme, forecastYear: Year, rule: RulePack["parameters"]["demandManagementOnTrack"]): boolean {
  if (scheme.rag === "unrated" || !rule.rags.includes(scheme.rag)) return false;
  const { planned, forecast } = forecastFacts(scheme, forecastYear);
  // Integer pence times a percent: exact enough, and no division by a zero plan.
  return forecast === null || forecast * 100 >= planned * rule.forecastAtLeastPercent;
}
