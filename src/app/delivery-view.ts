import type { RulePack } from "../core/rules/schema";

/** What the Rollup tab needs from the pack in force to show delivery to date. */
export interface DeliveryView {
  /** Below this % of its YTD plan a level shows as behind: the pack's `parameters.exceptions.behindPlanPercent`. */
  behindPlanPercent: number;
  /** Points of delivery whose activity the tab shows: the pack's demand-management ones (the acute ones by default), in its order. */
  activityPoints: string[];
}

export function deliveryView(pack: RulePack): DeliveryView {
  return {
    behindPlanPercent: pack.parameters.exceptions.behindPlanPercent,
    activityPoints: pack.pointsOfDelivery.filter((p) => p.demandManagement).map((p) => p.name),
  };
}
