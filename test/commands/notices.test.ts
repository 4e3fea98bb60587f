import type { RollupOutcome, ValidateOutcome } from "../../src/app/actions";
import { rollupNotice, validateNotice } from "../../src/commands/notices";

function outcome(errors: number, plans = 2): ValidateOutcome {
  return {
    pack: { name: "QIPP default", version: "1.2.0", source: "default" },
    plans: [],
    findings: [],
    summary: { errors, warnings: 1, infos: 0, schemes: 40, plans },
    written: ["QIPP Validation"],
  };
}

describe("ribbon notices", () => {
  it("says plans are valid, with counts, the sheet written and the pack", () => {
    expect(validateNotice(outcome(0))).toEqual({
      kind: "success",
      title: "Plans are valid",
      text: "2 plans, 40 schemes: 0 errors, 1 warning. See the QIPP Validation sheet. Rule pack: QIPP default 1.2.0.",
    });
  });

  it("warns when errors remain and when no plan sheet is found", () => {
    expect(validateNotice(outcome(3)).kind).toBe("warning");
    expect(validateNotice(outcome(0, 0)).title).toBe("No plan sheets found");
  });

  it("gives the rolled-up QIPP total in £000 from exact pence, and what blocks submission", () => {
    const rollup = { national: { qippSavings: { total: 123_456_700_000 } } } as unknown as RollupOutcome["rollup"];
    const notice = rollupNotice({ ...outcome(2), rollup, delivery: { behindPlanPercent: 90, activityPoints: [] }, written: ["QIPP Validation", "QIPP Rollup"] });
    expect(notice.text).toContain("£1,234,567k");
    expect(notice.text).toContain("not ready: 2 errors");
    expect(notice.text).toContain("Written: QIPP Validation, QIPP Rollup.");
  });
});
