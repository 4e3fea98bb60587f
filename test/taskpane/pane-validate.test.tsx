import { screen, waitFor, within } from "@testing-library/react";
import { groupFindings, matchesSearch } from "../../src/taskpane/finding-groups";
import { fakeActions, finding, validateOutcome } from "./fake-actions";
import { renderPane, textOf } from "./render-pane";

const FINDINGS = [
  finding({ sheet: "Plan A", cell: "E7", message: "Savings 2012-13 is the text 'tbc', not a number" }),
  finding({ sheet: "Plan A", cell: "B9", severity: "warning", rule: "negative-saving", value: -5, message: "Saving is negative: a cost" }),
  finding({ sheet: "Plan B", cell: "C4", rule: "code-list", value: "Widgets", message: "Workstream 'Widgets' is not in the pack" }),
  finding({ sheet: "Plan B", cell: "F4", severity: "info", rule: "not-a-plan", value: null, message: "Sheet Notes is not a plan" }),
  finding({ sheet: "Plan B", cell: "G5", rule: "required", value: null, message: "RAG is missing" }),
];

async function validated(findings = FINDINGS) {
  const actions = fakeActions({ validate: jest.fn(async () => ({ ok: true as const, value: validateOutcome(findings) })) });
  const view = renderPane(actions);
  await view.user.click(screen.getByRole("tab", { name: "Validate" }));
  await view.user.click(screen.getByRole("button", { name: "Validate" }));
  await screen.findByTestId("validate-summary");
  // The sheets are drawn in a transition, just after the summary.
  if (findings.length > 0) await screen.findAllByTestId("finding-group");
  return { actions, ...view };
}

describe("Validate", () => {
  it("shows the counts and groups findings by sheet with counts per severity", async () => {
    await validated();
    expect(textOf(screen.getByTestId("findings-count"))).toBe("3 errors, 1 warning, 1 note");
    const groups = screen.getAllByTestId("finding-group");
    expect(groups).toHaveLength(2);
    expect(textOf(groups[0])).toContain("Plan A");
    expect(within(groups[0]).getByLabelText("1 error")).toBeTruthy();
    expect(within(groups[1]).getByLabelText("2 errors")).toBeTruthy();
    expect(within(groups[1]).getByRole("heading", { name: "1 note" })).toBeTruthy();
    expect(within(groups[1]).getAllByTestId("finding").map((b) => b.getAttribute("data-cell"))).toEqual(["C4", "G5", "F4"]);
  });

  it("opens only the first sheets of a long list, and builds a closed sheet's findings when it is opened", async () => {
    const many = (sheet: string, n: number) => Array.from({ length: n }, (_, i) => finding({ sheet, cell: `E${i + 5}`, value: `x${i}`, message: `Savings is the text 'x${i}'` }));
    const { user } = await validated([...many("Plan A", 60), ...many("Plan B", 60), ...many("Plan C", 5)]);
    const groups = screen.getAllByTestId("finding-group");
    expect(groups).toHaveLength(3);
    expect(within(groups[0]).getAllByTestId("finding")).toHaveLength(60);
    // Closed sheets render their heading only: nothing of their findings is in the page.
    expect(within(groups[1]).queryAllByTestId("finding")).toHaveLength(0);
    expect(within(groups[2]).queryAllByTestId("finding")).toHaveLength(0);
    const header = within(groups[1]).getByRole("button", { name: /Plan B/ });
    expect(header.getAttribute("aria-expanded")).toBe("false");
    await user.click(header);
    expect(header.getAttribute("aria-expanded")).toBe("true");
    expect(within(groups[1]).getAllByTestId("finding")).toHaveLength(60);
  });

  it("selects a finding's cell when it is clicked", async () => {
    const { actions, user } = await validated();
    await user.click(screen.getByRole("button", { name: /RAG is missing/ }));
    expect(actions.selectCell).toHaveBeenCalledWith("Plan B", "G5");
  });

  it("filters findings with the search box", async () => {
    const { user } = await validated();
    await user.type(screen.getByRole("searchbox", { name: "Search findings" }), "workstream");
    await waitFor(() => expect(screen.getAllByTestId("finding")).toHaveLength(1));
    expect(textOf(screen.getByTestId("findings-shown"))).toBe("1 of 5 findings shown");
    expect(screen.getByTestId("finding").getAttribute("data-cell")).toBe("C4");
  });

  it("reports a failed run in an error bar that says what to do", async () => {
    const actions = fakeActions({ validate: jest.fn(async () => ({ ok: false as const, message: "Excel is editing a cell." })) });
    const { user } = renderPane(actions);
    await user.click(screen.getByRole("tab", { name: "Validate" }));
    await user.click(screen.getByRole("button", { name: "Validate" }));
    const bar = await screen.findByTestId("error-bar");
    expect(textOf(bar)).toContain("Validate did not finish");
    expect(textOf(bar)).toContain("Excel is editing a cell.");
    expect(textOf(bar)).toContain("run Validate again");
    await user.click(within(bar).getByRole("button", { name: "Dismiss error" }));
    expect(screen.queryByTestId("error-bar")).toBeNull();
  });

  it("turns a thrown host error into an error bar too", async () => {
    const actions = fakeActions({ validate: jest.fn(async () => { throw new Error("RichApi.Error: GeneralException"); }) });
    const { user } = renderPane(actions);
    await user.click(screen.getByRole("tab", { name: "Validate" }));
    await user.click(screen.getByRole("button", { name: "Validate" }));
    expect(textOf(await screen.findByTestId("error-bar"))).toContain("GeneralException");
  });

  it("shows a finding about a whole sheet as text, not as a button that selects nothing", async () => {
    await validated([finding({ sheet: "Notes", cell: "", severity: "info", message: "Sheet 'Notes' has no scheme table" })]);
    const item = screen.getByTestId("finding");
    expect(item.tagName).toBe("DIV");
    expect(textOf(item)).toContain("has no scheme table");
    expect(screen.queryByRole("button", { name: /no scheme table/ })).toBeNull();
  });

  it("reports a failed cell selection", async () => {
    const { actions, user } = await validated();
    actions.selectCell.mockResolvedValueOnce({ ok: false, message: "Sheet Plan A was not found." });
    await user.click(screen.getByRole("button", { name: /tbc/ }));
    expect(textOf(await screen.findByTestId("error-bar"))).toContain("Sheet Plan A was not found.");
  });
});

describe("finding groups", () => {
  it("keeps every finding exactly once, errors before warnings before infos", () => {
    const groups = groupFindings(FINDINGS);
    const flattened = groups.flatMap((g) => g.severities.flatMap((s) => s.findings));
    expect(flattened).toHaveLength(FINDINGS.length);
    expect(new Set(flattened)).toEqual(new Set(FINDINGS));
    for (const g of groups) expect(g.severities.map((s) => s.severity)).toEqual(["error", "warning", "info"].filter((s) => g.counts[s as "error"] > 0));
  });

  it("matches search text in the cell, sheet and value as well as the message", () => {
    expect(matchesSearch(FINDINGS[0], "e7")).toBe(true);
    expect(matchesSearch(FINDINGS[0], "TBC")).toBe(true);
    expect(matchesSearch(FINDINGS[0], "plan b")).toBe(false);
    expect(matchesSearch(FINDINGS[0], "  ")).toBe(true);
  });
});
