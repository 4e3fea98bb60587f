import { screen, within } from "@testing-library/react";
import { rollupPlans, validateWorkbooks } from "../../src/core/pipeline";
import { ardenM6, berkshireAsAt, hampshireSep } from "../support/in-year-returns";
import { deliveryView } from "../../src/app/delivery-view";
import { defaultPack } from "../../src/core/rules/load";
import { DELIVERY_VIEW, fakeActions, rollupOutcome, validateOutcome } from "./fake-actions";
import { renderPane, textOf } from "./render-pane";

jest.mock("../../src/taskpane/components/RagChart", () => ({ __esModule: true, default: () => null }));

describe("Rollup tab: delivery to date", () => {
  it("shows YTD actual against plan per level, acute activity against plan and the overdue milestones", async () => {
    const rollup = rollupPlans(validateWorkbooks([ardenM6, berkshireAsAt, hampshireSep]));
    const actions = fakeActions({ buildRollups: jest.fn(async () => ({ ok: true as const, value: { ...validateOutcome([]), rollup, delivery: DELIVERY_VIEW, written: ["QIPP Delivery"] } })) });
    const { user } = renderPane(actions);
    await user.click(screen.getByRole("tab", { name: "Rollup" }));
    await user.click(screen.getByRole("button", { name: "Build rollups" }));
    const delivery = await screen.findByRole("table", { name: "Delivery to date, £000, to 30 September 2011" });
    const rows = within(delivery).getAllByRole("row").map((r) => within(r).getAllByRole(r.querySelector("th") ? "columnheader" : "cell").map(textOf));
    // England 2,189.1 of 3,050 (71.7%, shown rounded down); West Midlands 870 of 1,250 (69.6%)
    expect(rows[1]).toEqual(["England", "2,189", "3,050", "71%"]);
    expect(rows).toContainEqual(["West Midlands", "870", "1,250", "69%"]);
    const activity = screen.getByRole("table", { name: "Acute activity to date against plan, England" });
    expect(within(activity).getAllByRole("row").slice(1).map((r) => textOf(r))).toEqual(["Non-elective−1,530−3,000", "Elective−310−300", "Outpatients−1,500−2,000"]);
    expect(textOf(screen.getByTestId("milestones-overdue"))).toBe("3 milestones overdue");
    // Under the pack's 90%, England's 71% shows as behind.
    expect(within(delivery).getByRole("row", { name: /^England/ }).querySelector("[data-behind]")).not.toBeNull();
  });

  it("takes the behind-plan threshold and the points of delivery from the pack in force", async () => {
    const rollup = rollupPlans(validateWorkbooks([ardenM6, berkshireAsAt, hampshireSep]));
    const bundled = defaultPack();
    const pack = {
      ...bundled,
      parameters: { ...bundled.parameters, exceptions: { ...bundled.parameters.exceptions, behindPlanPercent: 70 } },
      pointsOfDelivery: bundled.pointsOfDelivery.map((p) => ({ ...p, demandManagement: p.name === "Elective" })),
    };
    const actions = fakeActions({ buildRollups: jest.fn(async () => ({ ok: true as const, value: { ...validateOutcome([]), rollup, delivery: deliveryView(pack), written: ["QIPP Delivery"] } })) });
    const { user } = renderPane(actions);
    await user.click(screen.getByRole("tab", { name: "Rollup" }));
    await user.click(screen.getByRole("button", { name: "Build rollups" }));
    const delivery = await screen.findByRole("table", { name: "Delivery to date, £000, to 30 September 2011" });
    // England 71% is not behind a 70% threshold; West Midlands' 69% is.
    expect(within(delivery).getByRole("row", { name: /^England/ }).querySelector("[data-behind]")).toBeNull();
    expect(within(delivery).getByRole("row", { name: /^West Midlands/ }).querySelector("[data-behind]")).not.toBeNull();
    const activity = screen.getByRole("table", { name: "Acute activity to date against plan, England" });
    expect(within(activity).getAllByRole("row").slice(1).map((r) => textOf(r))).toEqual(["Elective−310−300"]);
  });

  it("shows nothing about delivery when no plan has in-year figures", async () => {
    const actions = fakeActions({ buildRollups: jest.fn(async () => ({ ok: true as const, value: rollupOutcome(1_000_000) })) });
    const { user } = renderPane(actions);
    await user.click(screen.getByRole("tab", { name: "Rollup" }));
    await user.click(screen.getByRole("button", { name: "Build rollups" }));
    await screen.findByTestId("rollup-done");
    expect(screen.queryByTestId("delivery-to-date")).toBeNull();
  });
});
