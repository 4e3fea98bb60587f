import { toThousands } from "../core/money";
import type { RulePack } from "../core/rules/schema";
import type { Plan } from "../core/types";
import type { PlanSummary } from "./actions";

/** What the pane lists for a plan: who, which SHA, how many schemes and their four-year savings in £000. */
export function summarisePlan(plan: Plan, pack: RulePack): PlanSummary {
  const shaCode = plan.organisation.shaCode ?? null;
  const sha = shaCode ? pack.shas.find((s) => s.code === shaCode) : undefined;
  let pence = 0;
  for (const scheme of plan.schemes) {
    for (const amount of Object.values(scheme.savings)) if (amount && amount.value !== null) pence += amount.value;
  }
  return {
    workbook: plan.workbook,
    sheet: plan.sheet,
    organisation: plan.organisation.matched ?? plan.organisation.name,
    shaCode,
    shaName: sha?.name ?? null,
    schemes: plan.schemes.length,
    totalThousands: toThousands(pence),
  };
}
