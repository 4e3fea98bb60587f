import { screen, waitFor } from "@testing-library/react";
import { compareVersions, type TrendEntry } from "../../src/core/compare";
import { bridgeSteps } from "../../src/taskpane/bridge-steps";
import { defaultPack } from "../../src/core/rules/load";
import { makePlan } from "../support/plans";
import { fakeActions, rollupOutcome } from "./fake-actions";
import { renderPane, textOf } from "./render-pane";

jest.mock("../../src/taskpane/components/BridgeChart", () => ({
  __esModule: true,
  default: (props: { bridge: { after: number } }) =>
    jest.requireActual<typeof import("react")>("react").createElement("div", { "data-testid": "bridge-stub" }, String(props.bridge.after)),
}));

jest.mock("../../src/taskpane/components/TrendChart", () => ({
  __esModule: true,
  default: (props: { trend: unknown[] }) => jest.requireActual<typeof import("react")>("react").createElement("div", { "data-testid": "trend-stub" }, String(props.trend.length)),
}));

jest.mock("../../src/taskpane/components/RagChart", () => ({
  __esModule: true,
  default: () => jest.requireActual<typeof import("react")>("react").createElement("div", { "data-testid": "chart-stub" }),
}));

const pack = defaultPack();
const june = makePlan({ workbook: "june.xlsx", matched: "Tees", schemes: [{ ref: "A1", rag: "green" }, { ref: "A2", rag: "red" }, { ref: "A3", name: "Telehealth" }] });
const july = makePlan({ workbook: "july.xlsx", matched: "Tees", schemes: [{ ref: "A1", rag: "red", savings: [100, 100, 100, 50] }, { ref: "A2", rag: "green" }, { ref: "A4", name: "Care homes" }] });
const comparison = compareVersions({ plans: [june], findings: [] }, { plans: [july], findings: [] }, pack);

describe("Compare", () => {
  it("sends the chosen file as the earlier version and shows the bridge, RAG migration and exceptions; an exception selects its cell", async () => {
    const actions = fakeActions({
      compareWith: jest.fn(async () => ({ ok: true as const, value: { earlier: "june.xlsx", comparison, trend: [], written: ["QIPP Changes", "QIPP Exceptions"], openWorkbook: "july.xlsx" } })),
    });
    const { user } = renderPane(actions);
    await user.click(screen.getByRole("tab", { name: "Compare" }));
    await user.upload(await screen.findByTestId("compare-file-input"), new File([new Uint8Array([80, 75])], "june.xlsx"));
    await waitFor(() => expect(actions.compareWith).toHaveBeenCalledTimes(1));
    expect((actions.compareWith.mock.calls[0] as unknown as [{ name: string }[]])[0].map((f) => f.name)).toEqual(["june.xlsx"]);
    expect(textOf(await screen.findByTestId("compare-done"))).toContain("Compared with june.xlsx. Wrote QIPP Changes, QIPP Exceptions.");
    expect(textOf(screen.getByTestId("bridge-after"))).toBe("1,150");
    expect(textOf(screen.getByTestId("england-bridge"))).toBe("England £000: 1,200 + new 400 − dropped 400 − changed 50 = 1,150");
    expect(textOf(await screen.findByTestId("bridge-stub"))).toBe(String(comparison.national.after));
    expect(textOf(screen.getByTestId("migration-green-red"))).toMatch(/^▼1/);
    expect(textOf(screen.getByTestId("migration-red-green"))).toMatch(/^▲1/);
    const exceptions = screen.getAllByTestId("exception");
    expect(exceptions).toHaveLength(1);
    expect(textOf(exceptions[0])).toContain("RAG worse since the earlier version: green → red");
    await user.click(exceptions[0]);
    await waitFor(() => expect(actions.selectCell).toHaveBeenCalledWith("Plan", "A5"));
  });

  it("names the file and cell of an exception in an added file, and selects nothing", async () => {
    const actions = fakeActions({
      compareWith: jest.fn(async () => ({ ok: true as const, value: { earlier: "june.xlsx", comparison, trend: [], written: ["QIPP Changes"], openWorkbook: "sha-workbook.xlsx" } })),
    });
    const { user } = renderPane(actions);
    await user.click(screen.getByRole("tab", { name: "Compare" }));
    await user.upload(await screen.findByTestId("compare-file-input"), new File([new Uint8Array([80, 75])], "june.xlsx"));
    const [exception] = await screen.findAllByTestId("exception");
    expect(exception.tagName).toBe("DIV");
    expect(textOf(exception)).toContain("In july.xlsx, sheet Plan, cell A5: that file is not open here, so nothing is selected.");
    await user.click(exception);
    expect(actions.selectCell).not.toHaveBeenCalled();
  });

  it("sends several earlier files, and shows the trend (chart and table, oldest first) and the movements to confirm", async () => {
    const entry = (periodEnd: string, total: number, ytdPlan: number, ytdActual: number): TrendEntry => ({
      periodEnd, workbooks: [`${periodEnd}.xlsx`], national: { total, ytdPlan, ytdActual, ragCount: { red: 1, amber: 0, green: 2, unrated: 0 } }, organisations: [],
    });
    const trend = [entry("2011-07-31", 120_000_000, 4_000_000, 3_900_000), entry("2011-08-31", 115_000_000, 5_000_000, 4_500_000), entry("2011-09-30", 115_000_000, 6_000_000, 5_100_000)];
    const actions = fakeActions({
      compareWith: jest.fn(async () => ({ ok: true as const, value: { earlier: "2011-08-31.xlsx", comparison, trend, written: ["QIPP Changes", "QIPP Exceptions"] } })),
    });
    const { user } = renderPane(actions);
    await user.click(screen.getByRole("tab", { name: "Compare" }));
    await user.upload(await screen.findByTestId("compare-file-input"), [new File(["a"], "jul.xlsx"), new File(["b"], "aug.xlsx")]);
    await waitFor(() => expect(actions.compareWith).toHaveBeenCalledTimes(1));
    expect((actions.compareWith.mock.calls[0] as unknown as [{ name: string }[]])[0].map((f) => f.name)).toEqual(["jul.xlsx", "aug.xlsx"]);
    expect(textOf(await screen.findByTestId("trend-stub"))).toBe("3");
    const rows = screen.getAllByTestId("trend-row").map(textOf);
    expect(rows[0]).toBe("Month 4 2011-12 (to 31 July 2011)40391,200");
    expect(rows[2]).toBe("Month 6 2011-12 (to 30 September 2011)60511,150");
    expect(screen.getByRole("table", { name: "Trend over versions, oldest first, £000" })).toBeTruthy();
    const moves = screen.getAllByTestId("movement");
    expect(moves.map((m) => m.getAttribute("data-kind"))).toEqual(comparison.movements.map((m) => m.kind));
    expect(textOf(screen.getByTestId("movements-count"))).toMatch(/^\d+ dropped \(£[\d,]+k\) and \d+ improved/);
  });

  it("shows the service's message and a next step when the comparison fails", async () => {
    const actions = fakeActions({ compareWith: jest.fn(async () => ({ ok: false as const, message: "\"notes.xlsx\" holds no plan sheets, so there is nothing to compare." })) });
    const { user } = renderPane(actions);
    await user.click(screen.getByRole("tab", { name: "Compare" }));
    await user.upload(await screen.findByTestId("compare-file-input"), new File(["x"], "notes.xlsx"));
    const bar = await screen.findByTestId("error-bar");
    expect(textOf(bar)).toContain("The comparison did not finish");
    expect(textOf(bar)).toContain("nothing to compare");
  });
});

test("Build rollups lists the one-version exceptions under the rollup, each selecting its cell", async () => {
  const outcome = rollupOutcome(100);
  outcome.rollup.exceptions = comparison.after.exceptions;
  const actions = fakeActions({ buildRollups: jest.fn(async () => ({ ok: true as const, value: outcome })) });
  const { user } = renderPane(actions);
  await user.click(screen.getByRole("tab", { name: "Rollup" }));
  await user.click(screen.getByRole("button", { name: "Build rollups" }));
  const items = await screen.findAllByTestId("exception");
  expect(items.map((i) => i.getAttribute("data-cell"))).toEqual(comparison.after.exceptions.map((e) => e.cell));
  expect(textOf(items[0])).toContain("rated red");
  await user.click(items[0]);
  await waitFor(() => expect(actions.selectCell).toHaveBeenCalledWith("Plan", "A5"));
});

test("waterfall steps start where the last one ended and end at after", () => {
  const steps = bridgeSteps({ before: 1000, new: 300, dropped: 500, changed: -200, after: 600 });
  expect(steps.map((s) => [s.label, s.base, s.height, s.kind])).toEqual([
    ["Before", 0, 1000, "total"], ["New", 1000, 300, "up"], ["Dropped", 800, 500, "down"], ["Changed", 600, 200, "down"], ["After", 0, 600, "total"],
  ]);
});
