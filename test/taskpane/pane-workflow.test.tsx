import { screen, waitFor, within } from "@testing-library/react";
import type { FixDone } from "../../src/app/actions";
import type { CellFix } from "../../src/core/fixes/model";
import { fakeActions, finding, rollupOutcome, validateOutcome } from "./fake-actions";
import { renderPane, textOf } from "./render-pane";

// Long user-event sequences on a shared machine: a generous budget; no assertion depends on time.
jest.setTimeout(30_000);

const tbcFix = (cell: string): CellFix => ({
  workbook: "sha.xlsx", sheet: "Plan A", cell, rule: "not-a-number", field: "savings:2012-13", old: "tbc",
  choices: [{ label: "(blank)", write: { kind: "value", value: "" } }],
});
const TBC = ["E7", "E8", "E9"].map((cell) => finding({ cell, rule: "not-a-number", field: "savings:2012-13", value: "tbc" }));
const OTHER = [
  finding({ cell: "C4", rule: "code-list", field: "workstream", value: "Misc", message: "National workstream the text 'Misc' is not in the list" }),
  finding({ cell: "B9", severity: "warning", rule: "negative-saving", value: -5, message: "Savings 2012-13 is negative" }),
  finding({ workbook: "cluster.xlsx", sheet: "QIPP plan", cell: "H12", rule: "required", value: "x", message: "Scheme name is missing: fill it in." }),
];

function setup() {
  const outcome = { ...validateOutcome([...TBC, ...OTHER]), openWorkbook: "sha.xlsx", fixes: TBC.map((f) => tbcFix(f.cell)) };
  const batch = TBC.map((f) => ({ sheet: "Plan A", cell: f.cell, before: { kind: "value" as const, value: "tbc" }, after: { kind: "value" as const, value: "" } }));
  const done: FixDone = { fix: tbcFix("E7"), ...batch[0], batch };
  const actions = fakeActions({
    validate: jest.fn(async () => ({ ok: true as const, value: outcome })),
    buildRollups: jest.fn(async () => ({ ok: true as const, value: { ...rollupOutcome(100_000), ...outcome } })),
    applyFix: jest.fn(async () => ({ ok: true as const, value: done })),
    applyFixes: jest.fn(async () => ({ ok: true as const, value: done })),
    undoFix: jest.fn(async () => ({ ok: true as const, value: undefined })),
  });
  return { actions, view: renderPane(actions) };
}

async function validated(view: ReturnType<typeof setup>["view"]) {
  await view.user.click(screen.getByRole("tab", { name: "Validate" }));
  await view.user.click(screen.getByRole("button", { name: "Validate" }));
  await screen.findByTestId("validate-summary");
  // The sheets are drawn in a transition, just after the summary.
  await screen.findAllByTestId("finding-group");
}

describe("findings you can work through", () => {
  it("groups the same problem, filters by severity and rule, and names the file of a finding in an added file", async () => {
    const { actions, view } = setup();
    await validated(view);
    const group = screen.getByTestId("problem-group");
    expect(group.getAttribute("data-count")).toBe("3");
    const toggle = within(group).getByRole("button", { name: "'tbc' · Not a number: 3 cells" });
    expect(toggle.getAttribute("aria-expanded")).toBe("false");
    await view.user.click(toggle);
    expect(within(group).getAllByTestId("finding").map((f) => f.getAttribute("data-cell"))).toEqual(["E7", "E8", "E9"]);

    await view.user.selectOptions(screen.getByTestId("filter-severity"), "warning");
    expect(textOf(screen.getByTestId("findings-shown"))).toBe("1 of 6 findings shown");
    await view.user.selectOptions(screen.getByTestId("filter-severity"), "all");
    await view.user.selectOptions(screen.getByTestId("filter-rule"), "code-list");
    expect(screen.getAllByTestId("finding").map((f) => f.getAttribute("data-cell"))).toEqual(["C4"]);
    expect(within(screen.getByTestId("filter-rule")).getByRole("option", { name: "Not in the list" })).toBeTruthy();

    await view.user.selectOptions(screen.getByTestId("filter-rule"), "required");
    const added = screen.getByTestId("finding");
    // Not a button: selecting H12 in the open workbook would be another scheme in another file.
    expect(added.tagName).toBe("DIV");
    expect(textOf(added)).toContain("In cluster.xlsx, sheet QIPP plan, cell H12: that file is not open here, so nothing is selected.");
    expect(actions.selectCell).not.toHaveBeenCalled();
  });

  it("Fix all writes every cell of the group in one step, focus lands on Undo, and one Undo takes it all back with focus on the finding", async () => {
    const { actions, view } = setup();
    await validated(view);
    await view.user.click(screen.getByTestId("fix-all"));
    expect(actions.applyFixes).toHaveBeenCalledWith(TBC.map((f) => tbcFix(f.cell)));
    expect(textOf(await screen.findByTestId("fix-done"))).toContain("Changed 3 cells: tbc → .");
    await waitFor(() => expect(actions.validate).toHaveBeenCalledTimes(2));
    await waitFor(() => expect(document.activeElement?.textContent).toBe("Undo"));
    await view.user.keyboard("{Enter}");
    expect(actions.undoFix).toHaveBeenCalledTimes(1);
    await waitFor(() => expect(actions.validate).toHaveBeenCalledTimes(3));
    await waitFor(() => expect(screen.queryByTestId("fix-done")).toBeNull());
    // The fixed cells are back in their closed group: focus lands on that group's line, not the page.
    await waitFor(() => expect(document.activeElement).not.toBe(document.body));
    expect(document.activeElement?.closest("[data-testid=problem-group]")?.getAttribute("data-cell")).toBe("E7");
    expect(document.activeElement?.textContent).toBe("'tbc' · Not a number: 3 cells");
  });

  it("after a fix, the Rollup tab says it is out of date and rebuilds on request", async () => {
    const { actions, view } = setup();
    await view.user.click(screen.getByRole("tab", { name: "Rollup" }));
    await view.user.click(screen.getByRole("button", { name: "Build rollups" }));
    await waitFor(() => expect(actions.buildRollups).toHaveBeenCalledTimes(1));
    expect(screen.queryByTestId("stale")).toBeNull();
    await view.user.click(screen.getByRole("tab", { name: "Validate" }));
    const offer = (await screen.findAllByTestId("fix-all"))[0];
    await view.user.click(offer);
    await screen.findByTestId("fix-done");
    await waitFor(() => expect(actions.validate).toHaveBeenCalledTimes(1));
    expect(screen.queryByTestId("stale")).toBeNull();
    await view.user.click(screen.getByRole("tab", { name: "Rollup" }));
    const stale = screen.getByTestId("stale");
    expect(textOf(stale)).toContain("Out of date: a cell was fixed since these results were made.");
    await view.user.click(within(stale).getByRole("button", { name: "Build rollups again" }));
    await waitFor(() => expect(actions.buildRollups).toHaveBeenCalledTimes(2));
    await waitFor(() => expect(screen.queryByTestId("stale")).toBeNull());
  });
});

describe("the first screen", () => {
  it("says the next step in one short line, and moves it on as work is done", async () => {
    const { view } = setup();
    expect(textOf(screen.getByTestId("next-step"))).toBe("Next: check the plans with Validate.");
    await validated(view);
    expect(textOf(screen.getByTestId("next-step"))).toBe("Next: fix the 5 errors under Validate, then Build rollups.");
  });
});
