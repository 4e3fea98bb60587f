import { act, screen } from "@testing-library/react";
import { LAST_COMMAND_SETTING, parseLastCommand } from "../../src/app/last-command";
import { recordLastCommand } from "../../src/commands/record-command";
import { fakeActions } from "../taskpane/fake-actions";
import { renderPane } from "../taskpane/render-pane";

function memorySettings(status = "succeeded") {
  const values = new Map<string, unknown>();
  return { values, set: (name: string, value: unknown) => void values.set(name, value), saveAsync: (done: (r: { status: string }) => void) => done({ status }) };
}

describe("the last ribbon command's outcome", () => {
  it("is saved in the document's settings and read back", async () => {
    const settings = memorySettings();
    await recordLastCommand(settings, { kind: "warning", title: "Validated with warnings", text: "3 warnings in 2 plans." }, new Date(Date.UTC(2012, 0, 1, 9)));
    expect(parseLastCommand(settings.values.get(LAST_COMMAND_SETTING))).toEqual({ kind: "warning", title: "Validated with warnings", text: "3 warnings in 2 plans.", at: "2012-01-01T09:00:00.000Z" });
    expect(parseLastCommand({ kind: "nonsense" })).toBeNull();
    await expect(recordLastCommand(memorySettings("failed"), { kind: "success", title: "t", text: "x" })).rejects.toThrow(/could not be saved/);
  });

  it("shows in the pane when one was recorded", async () => {
    // The pane loads its first state on mount: let that settle inside act, so no update lands after the test.
    await act(async () => {
      renderPane(fakeActions(), { lastCommand: { kind: "error", title: "QIPP could not finish", text: "Sheet Plan is protected.", at: "2012-01-01T09:00:00.000Z" } });
    });
    expect(screen.getByTestId("last-command").textContent).toMatch(/Last ribbon command: QIPP could not finish.*Sheet Plan is protected\./);
  });
});
