import { screen, waitFor, within } from "@testing-library/react";
import type { FixDone } from "../../src/app/actions";
import type { CellFix } from "../../src/core/fixes/model";
import { fakeActions, finding, validateOutcome } from "./fake-actions";
import { renderPane, textOf } from "./render-pane";

const WORKSTREAM: CellFix = {
  workbook: "sha.xlsx", sheet: "Plan A", cell: "C7", rule: "code-list", field: "workstream", old: "Urgent cares",
  choices: [{ label: "Urgent and Emergency Care", write: { kind: "value", value: "Urgent and Emergency Care" } }],
};
const RAG: CellFix = {
  workbook: "sha.xlsx", sheet: "Plan A", cell: "F9", rule: "code-list", field: "rag", old: "TBC",
  choices: ["Red", "Amber", "Green"].map((r) => ({ label: r, write: { kind: "value" as const, value: r } })),
};
const FINDINGS = [
  finding({ cell: "C7", rule: "code-list", field: "workstream", value: "Urgent cares", message: "Workstream 'Urgent cares' is not in the rule pack's list." }),
  finding({ cell: "F9", rule: "code-list", field: "rag", value: "TBC", message: "RAG 'TBC' is not in the rule pack's list." }),
  finding({ cell: "E12", message: "Savings is the text 'about 40', not a number" }),
];

function setup() {
  const outcome = { ...validateOutcome(FINDINGS), fixes: [WORKSTREAM, RAG] };
  const done: FixDone = { fix: WORKSTREAM, sheet: "Plan A", cell: "C7", before: { kind: "value", value: "Urgent cares" }, after: WORKSTREAM.choices[0].write };
  const actions = fakeActions({
    validate: jest.fn(async () => ({ ok: true as const, value: outcome })),
    applyFix: jest.fn(async () => ({ ok: true as const, value: done })),
    undoFix: jest.fn(async () => ({ ok: true as const, value: undefined })),
  });
  return { actions, view: renderPane(actions) };
}

describe("one-click fixes in the pane", () => {
  it("offers Fix with old -> new only where there is a fix, and writes nothing until clicked", async () => {
    const { actions, view } = setup();
    await view.user.click(screen.getByRole("tab", { name: "Validate" }));
    await view.user.click(screen.getByRole("button", { name: "Validate" }));
    const offers = await screen.findAllByTestId("fix-offer");
    expect(offers.map((o) => o.getAttribute("data-cell"))).toEqual(["C7", "F9"]);
    expect(textOf(offers[0])).toContain("“Urgent cares” → “Urgent and Emergency Care”");
    expect(within(offers[1]).getAllByRole("button").map(textOf)).toEqual(["Red F9 on Plan A as Red", "Amber F9 on Plan A as Amber", "Green F9 on Plan A as Green"]);
    expect(actions.applyFix).not.toHaveBeenCalled();
  });

  it("a click writes that fix, refreshes the findings, and Undo puts it back", async () => {
    const { actions, view } = setup();
    await view.user.click(screen.getByRole("tab", { name: "Validate" }));
    await view.user.click(screen.getByRole("button", { name: "Validate" }));
    const offer = (await screen.findAllByTestId("fix-offer"))[0];
    await view.user.click(within(offer).getByRole("button", { name: /^Fix/ }));
    expect(actions.applyFix).toHaveBeenCalledWith(WORKSTREAM, 0);
    const bar = await screen.findByTestId("fix-done");
    expect(textOf(bar)).toContain("Changed C7 on Plan A: Urgent cares → Urgent and Emergency Care.");
    await waitFor(() => expect(actions.validate).toHaveBeenCalledTimes(2));
    // Focus lands on Undo, so the keyboard user can take it back at once.
    expect(document.activeElement?.textContent).toBe("Undo");
    await view.user.keyboard("{Enter}");
    expect(actions.undoFix).toHaveBeenCalledTimes(1);
    await waitFor(() => expect(screen.queryByTestId("fix-done")).toBeNull());
    expect(actions.validate).toHaveBeenCalledTimes(3);
  });

  it("the user picks the RAG", async () => {
    const { actions, view } = setup();
    await view.user.click(screen.getByRole("tab", { name: "Validate" }));
    await view.user.click(screen.getByRole("button", { name: "Validate" }));
    const offer = (await screen.findAllByTestId("fix-offer"))[1];
    await view.user.click(within(offer).getByRole("button", { name: /^Amber/ }));
    expect(actions.applyFix).toHaveBeenCalledWith(RAG, 1);
  });
});

describe("New plan sheet…", () => {
  it("lists the pack's organisations and adds a sheet for the one chosen, with the host's notes", async () => {
    const actions = fakeActions({
      templateOrganisations: jest.fn(async () => ({ ok: true as const, value: ["Bassetlaw", "Leicester City"] })),
      addPlanSheet: jest.fn(async () => ({ ok: true as const, value: { sheet: "Leicester City", notes: ["RAG colours were left out."] } })),
    });
    const { user } = renderPane(actions);
    await user.click(await screen.findByRole("button", { name: "New plan sheet…" }));
    const select = await screen.findByRole("combobox", { name: /Organisation for the new plan sheet/ });
    await waitFor(() => expect(within(select).getAllByRole("option")).toHaveLength(2));
    await user.selectOptions(select, "Leicester City");
    await user.click(screen.getByRole("button", { name: "Add sheet" }));
    expect(actions.addPlanSheet).toHaveBeenCalledWith("Leicester City");
    expect(textOf(await screen.findByTestId("template-added"))).toContain("Leicester City");
    expect(textOf(screen.getByTestId("template-note"))).toBe("RAG colours were left out.");
    expect(actions.listPlans).toHaveBeenCalledTimes(2);
  });
});
