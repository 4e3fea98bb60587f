import { render, screen } from "@testing-library/react";
import BridgeChart from "../../src/taskpane/components/BridgeChart";
import { bridgeSteps } from "../../src/taskpane/bridge-steps";
import { waterfallScale } from "../../src/taskpane/waterfall-scale";
import { bridgeSentence } from "../../src/core/messages/compare";

const m = (millions: number) => Math.round(millions * 100_000_000);
// The case: a −£6.8m change on a £930m total was a sliver on an axis from £0.
const BRIDGE = { before: m(930), new: m(2), dropped: m(1.5), changed: -m(6.8), after: m(930) + m(2) - m(1.5) - m(6.8) };

describe("the bridge waterfall", () => {
  it("starts its axis just under the smallest bar, so the change is a bar you can see", () => {
    const { min, max, ticks } = waterfallScale(bridgeSteps(BRIDGE));
    expect(min).toBeGreaterThan(m(900));
    expect(min).toBeLessThanOrEqual(BRIDGE.after);
    expect(max).toBeGreaterThanOrEqual(BRIDGE.before + BRIDGE.new);
    expect(ticks[0]).toBe(min);
    // The −£6.8m step takes at least a tenth of the axis.
    expect(m(6.8) / (max - min)).toBeGreaterThan(0.1);
  });

  it("labels every bar with its value and keeps system colours in forced colours", () => {
    window.matchMedia = ((query: string) => ({ matches: query.includes("forced-colors"), addEventListener: () => undefined, removeEventListener: () => undefined })) as unknown as typeof window.matchMedia;
    render(<BridgeChart bridge={BRIDGE} />);
    expect(screen.getAllByTestId("waterfall-label").map((l) => l.textContent)).toEqual(["£930m", "+£2m", "−£1.5m", "−£6.8m", "£923.7m"]);
    const fills = screen.getAllByTestId("waterfall-bar").map((g) => g.querySelector("rect")!.getAttribute("fill"));
    expect(fills).toEqual(["CanvasText", "Highlight", "url(#bridge-hatch)", "url(#bridge-hatch)", "CanvasText"]);
    expect(screen.getByRole("img").getAttribute("aria-label")).toContain("Changed −£6.8m");
  });

  it("says each sign once: never '+ changed -6,792'", () => {
    expect(bridgeSentence({ before: 100_000_00, new: 0, dropped: 0, changed: -679_200_000, after: 100_000_00 - 679_200_000 })).toContain("− changed 6,792 =");
  });
});
