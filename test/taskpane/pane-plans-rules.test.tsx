import { screen, waitFor } from "@testing-library/react";
import { fakeActions, plan, DEFAULT_PACK } from "./fake-actions";
import { renderPane, textOf } from "./render-pane";

describe("Plans", () => {
  it("says no plans were found in an empty workbook", async () => {
    renderPane(fakeActions());
    expect(textOf(await screen.findByTestId("no-plans"))).toContain("No plan sheets found in this workbook");
  });

  it("lists the plan sheets found, with organisation, SHA, schemes and £000", async () => {
    renderPane(fakeActions({ listPlans: jest.fn(async () => ({ ok: true as const, value: [plan(), plan({ sheet: "Plan B", organisation: "Durham", totalThousands: 1000 })] })) }));
    const table = await screen.findByTestId("plans-table");
    expect(textOf(table)).toContain("Tyne and Wear");
    expect(textOf(table)).toContain("Durham");
    expect(textOf(table)).toContain("4,321");
    expect(screen.getByText(/2 plans · 5,321 £000/)).toBeTruthy();
  });

  it("hands chosen .xlsx files to addPlanFiles and shows the plans it returns", async () => {
    const actions = fakeActions({ addPlanFiles: jest.fn(async () => ({ ok: true as const, value: { plans: [plan({ workbook: "durham.xlsx", organisation: "Durham" })], files: [], outcomes: [] } })) });
    const { user } = renderPane(actions);
    await screen.findByTestId("no-plans");
    const file = new File([new Uint8Array([80, 75, 3, 4])], "durham.xlsx");
    await user.upload(screen.getByTestId("plan-files-input"), file);
    await waitFor(() => expect(actions.addPlanFiles).toHaveBeenCalledTimes(1));
    const [[files]] = actions.addPlanFiles.mock.calls;
    expect(files[0].name).toBe("durham.xlsx");
    expect(files[0].data.byteLength).toBe(4);
    expect(textOf(await screen.findByTestId("plans-table"))).toContain("Durham");
  });

  it("shows an error bar with a next step when a plan file cannot be read", async () => {
    const actions = fakeActions({ addPlanFiles: jest.fn(async () => ({ ok: false as const, message: "notes.xlsx is not an .xlsx workbook." })) });
    const { user } = renderPane(actions);
    await user.upload(screen.getByTestId("plan-files-input"), new File(["x"], "notes.xlsx"));
    const bar = await screen.findByTestId("error-bar");
    expect(textOf(bar)).toContain("Could not read the plans");
    expect(textOf(bar)).toContain("notes.xlsx is not an .xlsx workbook.");
    expect(textOf(bar)).toContain("add it again");
  });
});

describe("Added plan files", () => {
  const durham = { name: "durham.xlsx", organisations: ["County Durham"], schemes: 12 };
  it("lists each added file with what was found, reports each file of a batch, and removes one by name", async () => {
    const actions = fakeActions({
      addPlanFiles: jest.fn(async () => ({ ok: true as const, value: {
        plans: [plan({ workbook: "durham.xlsx", organisation: "County Durham" })],
        files: [durham],
        outcomes: [
          { name: "durham.xlsx", ok: true, message: "durham.xlsx added: County Durham, 12 schemes." },
          { name: "locked.xlsx", ok: false, message: "locked.xlsx could not be added: encrypted: remove the password in Excel and save again." },
        ],
      } })),
      removePlanFile: jest.fn(async () => ({ ok: true as const, value: { plans: [], files: [], outcomes: [{ name: "durham.xlsx", ok: true, message: "durham.xlsx removed: its plans no longer count." }] } })),
    });
    const { user } = renderPane(actions);
    await screen.findByTestId("no-plans");
    await user.upload(screen.getByTestId("plan-files-input"), [new File(["x"], "durham.xlsx"), new File(["y"], "locked.xlsx")]);
    const item = await screen.findByTestId("added-file");
    expect(textOf(item)).toContain("durham.xlsx");
    expect(textOf(item)).toContain("County Durham · 12 schemes");
    const outcomes = screen.getAllByTestId("file-outcome").map(textOf);
    expect(outcomes).toEqual([expect.stringContaining("durham.xlsx added"), expect.stringContaining("locked.xlsx could not be added: encrypted")]);
    expect(screen.queryByTestId("error-bar")).toBeNull();
    await user.click(screen.getByRole("button", { name: "Remove durham.xlsx" }));
    await waitFor(() => expect(actions.removePlanFile).toHaveBeenCalledWith("durham.xlsx"));
    await waitFor(() => expect(screen.queryByTestId("added-file")).toBeNull());
    expect(textOf(screen.getByTestId("file-outcomes"))).toContain("durham.xlsx removed");
  });
});

describe("Rules", () => {
  it("shows the pack in force and reports a malformed pack file in an error bar", async () => {
    const actions = fakeActions({
      setRulePack: jest.fn(async () => ({ ok: false as const, message: "years: expected an array of 4 financial years" })),
      packState: jest.fn(async () => DEFAULT_PACK),
    });
    const { user } = renderPane(actions);
    await user.click(screen.getByRole("tab", { name: "Rules" }));
    expect(textOf(await screen.findByTestId("pack-info"))).toContain("QIPP default");
    expect(textOf(screen.getByTestId("pack-info"))).toContain("Bundled default pack");
    await user.upload(screen.getByTestId("pack-file-input"), new File(['{"name":1}'], "bad-pack.json", { type: "application/json" }));
    await waitFor(() => expect(actions.setRulePack).toHaveBeenCalledWith('{"name":1}', "bad-pack.json"));
    const bar = await screen.findByTestId("error-bar");
    expect(textOf(bar)).toContain("Could not use the rule pack");
    expect(textOf(bar)).toContain("years: expected an array of 4 financial years");
  });

  it("goes back to the default pack with Use default", async () => {
    const filePack = { name: "North East pack", version: "3", source: "file" as const };
    const actions = fakeActions({ packState: jest.fn(async () => filePack) });
    const { user } = renderPane(actions);
    await user.click(screen.getByRole("tab", { name: "Rules" }));
    expect(textOf(await screen.findByTestId("pack-info"))).toContain("A pack file you chose");
    await user.click(screen.getByRole("button", { name: /Use default/ }));
    expect(actions.setRulePack).toHaveBeenCalledWith(null, undefined);
    await waitFor(() => expect(textOf(screen.getByTestId("pack-info"))).toContain("Bundled default pack"));
  });
});

describe("Rules, when the service keeps the pack in force", () => {
  it("shows the malformed file's message on the pack and lets the user go back to the default", async () => {
    const error = 'The rule pack "bad.json" is malformed: years: Invalid input. Fix the file or choose another.';
    const actions = fakeActions({ setRulePack: jest.fn(async () => ({ ok: true as const, value: { ...DEFAULT_PACK, error } })) });
    const { user } = renderPane(actions);
    await user.click(screen.getByRole("tab", { name: "Rules" }));
    await screen.findByTestId("pack-info");
    await user.upload(screen.getByTestId("pack-file-input"), new File(["{}"], "bad.json"));
    const bar = await screen.findByTestId("pack-error");
    expect(textOf(bar)).toContain("The chosen rule pack is malformed");
    expect(textOf(bar)).toContain(error);
    expect(screen.queryByTestId("error-bar")).toBeNull();
    const useDefault = screen.getByRole("button", { name: /Use default/ });
    expect(useDefault.hasAttribute("disabled")).toBe(false);
  });
});
