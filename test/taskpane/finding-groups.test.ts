import { groupFindings } from "../../src/taskpane/finding-groups";
import type { Finding, Severity } from "../../src/core/types";

const f = (sheet: string, severity: Severity): Finding => ({ rule: "r", severity, workbook: "w", sheet, cell: "A1", field: "x", value: null, message: "m" });

it("lists sheets with errors before sheets with warnings or notes only, keeping first-seen order within a rank", () => {
  const groups = groupFindings([f("Cover", "info"), f("Arden", "warning"), f("Tees", "error"), f("Notes", "info"), f("Arden", "error")]);
  expect(groups.map((g) => g.sheet)).toEqual(["Arden", "Tees", "Cover", "Notes"]);
  expect(groups[0].severities.map((s) => s.severity)).toEqual(["error", "warning"]);
});
