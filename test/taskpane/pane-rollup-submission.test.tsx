import { screen } from "@testing-library/react";
import { readinessText } from "../../src/taskpane/components/SubmissionSection";
import { fakeActions, finding, rollupOutcome, validateOutcome } from "./fake-actions";
import { renderPane, textOf } from "./render-pane";

jest.mock("../../src/taskpane/components/RagChart", () => ({
  __esModule: true,
  default: (props: { rows: { name: string }[] }) =>
    jest.requireActual<typeof import("react")>("react").createElement("div", { "data-testid": "chart-stub" }, props.rows.map((r) => r.name).join(",")),
}));

describe("Rollup", () => {
  it("shows the England, cluster and SHA totals and the RAG chart after a build", async () => {
    const actions = fakeActions({ buildRollups: jest.fn(async () => ({ ok: true as const, value: rollupOutcome(1_234_500_000) })) });
    const { user } = renderPane(actions);
    await user.click(screen.getByRole("tab", { name: "Rollup" }));
    await user.click(screen.getByRole("button", { name: "Build rollups" }));
    expect(textOf(await screen.findByTestId("rollup-done"))).toContain("QIPP Validation, QIPP Rollup, QIPP RAG Summary, QIPP Submission");
    expect(textOf(screen.getByTestId("england-total"))).toBe("12,345");
    expect(textOf(screen.getByTestId("rollup-totals"))).toContain("North of England");
    expect(textOf(await screen.findByTestId("chart-stub"))).toBe("North East");
    await user.click(screen.getByRole("radio", { name: "By organisation" }));
    expect(textOf(await screen.findByTestId("chart-stub"))).toBe("Tyne and Wear");
  });

  it("reports a failed build with what to do next", async () => {
    const actions = fakeActions({ buildRollups: jest.fn(async () => ({ ok: false as const, message: "Excel is in cell-edit mode." })) });
    const { user } = renderPane(actions);
    await user.click(screen.getByRole("tab", { name: "Rollup" }));
    await user.click(screen.getByRole("button", { name: "Build rollups" }));
    const bar = textOf(await screen.findByTestId("error-bar"));
    expect(bar).toContain("Build rollups did not finish");
    expect(bar).toContain("your sheets were not changed");
  });
});

describe("Submission", () => {
  it("words readiness as finance staff expect", () => {
    expect(readinessText(3)).toBe("3 errors block submission");
    expect(readinessText(1)).toBe("1 error blocks submission");
    expect(readinessText(0)).toBe("Ready to submit");
  });

  it("says errors block submission after a validation with errors, then writes the sheet", async () => {
    const errors = [finding({ cell: "A1" }), finding({ cell: "A2" }), finding({ cell: "A3" })];
    const actions = fakeActions({
      validate: jest.fn(async () => ({ ok: true as const, value: validateOutcome(errors) })),
      writeSubmission: jest.fn(async () => ({ ok: true as const, value: { ready: false, errors: 3, written: ["QIPP Submission"] } })),
    });
    const { user } = renderPane(actions);
    await user.click(screen.getByRole("tab", { name: "Validate" }));
    await user.click(screen.getByRole("button", { name: "Validate" }));
    await screen.findByTestId("validate-summary");
    await user.click(screen.getByRole("tab", { name: "Submit" }));
    expect(textOf(screen.getByTestId("readiness"))).toContain("3 errors block submission");
    await user.click(screen.getByRole("button", { name: "Write submission sheet" }));
    expect(actions.writeSubmission).toHaveBeenCalledTimes(1);
    expect(textOf(await screen.findByTestId("submission-written"))).toContain("QIPP Submission, marked not ready.");
  });

  it("is ready to submit when nothing blocks it", async () => {
    const { user } = renderPane(fakeActions());
    await user.click(screen.getByRole("tab", { name: "Submit" }));
    await user.click(screen.getByRole("button", { name: "Write submission sheet" }));
    expect(textOf(await screen.findByTestId("readiness"))).toContain("Ready to submit");
  });
});
