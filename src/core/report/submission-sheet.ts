import type { Rollup, Totals } from "../rollup/types";
import { plural } from "./findings";
import { sheetTop, type ReportMeta } from "./header";
import { columnSpan, sumRow } from "./formula";
import { sourceLinkOf } from "./hierarchy-rows";
import type { OutputCell, OutputSheet } from "./model";
import { singleSha } from "./scope";
import { money, percent, ragCell, text } from "./styles";

/** The SHA return: one row per organisation, a total per SHA and a grand total, and whether it can go. */
export function submissionSheet(rollup: Rollup, errors: number, meta: ReportMeta): OutputSheet {
  const headers = [
    "SHA", "Organisation", "Schemes", ...rollup.years.map((y) => `${y} £000`), "Total £000", "QIPP savings £000",
    "Management cost £000", "Risk-adjusted £000", "Plan RAG", "Budget £000", "Savings % of budget",
  ];
  const status: OutputCell =
    errors > 0
      ? { value: `Not ready: ${plural(errors, "error")}`, bold: true, fill: "C00000", fontColor: "FFFFFF" }
      : { value: "Ready to submit", bold: true, fill: "00B050", fontColor: "FFFFFF" };
  const { rows, headerRow } = sheetTop("QIPP Submission", meta, headers, [[status]]);

  const figures = (t: Totals, bold: boolean): OutputCell[] => [
    { value: t.schemes, ...(bold ? { bold } : {}) },
    ...rollup.years.map((y) => money(t.savings[y], bold)),
    money(t.savings.total, bold),
    money(t.qippSavings.total, bold),
    money(t.managementCost, bold),
    money(t.riskAdjusted, bold),
  ];
  const shareOfBudget = (qipp: number, budget: number | null) => (budget === null || budget === 0 ? null : (100 * qipp) / budget);

  const groups: { sha: string; code: string | null }[] = [
    ...rollup.shas.map((s) => ({ sha: s.name, code: s.code })),
    { sha: "", code: null },
  ];
  // Schemes, the years, Total, QIPP savings, Management cost, Risk-adjusted: totals are SUMs of the rows above.
  const years = rollup.years.length;
  const summed = columnSpan(2, 6 + years);
  const budgetColumn = 8 + years;
  const grandParts: number[] = [];
  for (const { sha, code } of groups) {
    const members = rollup.organisations.filter((org) => org.shaCode === code);
    const memberRows: number[] = [];
    for (const o of members) {
      memberRows.push(rows.length);
      if (code === null) grandParts.push(rows.length);
      rows.push([text(sha), { ...text(o.name), ...sourceLinkOf(o.sources, meta.workbooks[0]) }, ...figures(o, false), ragCell(o.planRag), money(o.budget), percent(shareOfBudget(o.qippSavings.total, o.budget))]);
    }
    const total = rollup.shas.find((s) => s.code === code);
    if (total) {
      grandParts.push(rows.length);
      // The SHA's budget is its organisations' only when every one has a budget (rollup/hierarchy.ts).
      const budgetSummed = members.every((o) => o.budget !== null) ? [budgetColumn] : [];
      const cells = [text(sha, true), text(`${sha} total`, true), ...figures(total, true), { value: null }, money(total.budget, true), percent(total.shareOfBudget)];
      rows.push(sumRow(cells, [...summed, ...budgetSummed], memberRows));
    }
  }
  const n = rollup.national;
  // One SHA: its total is the grand total, said once.
  if (!singleSha(rollup)) rows.push(sumRow([text("Grand total", true), text("", true), ...figures(n, true), { value: null }, money(n.budget, true), percent(n.shareOfBudget)], summed, grandParts));

  return {
    name: "QIPP Submission",
    rows,
    columnWidths: [26, 36, 9, ...rollup.years.map(() => 14), 12, 18, 21, 18, 9, 13, 19],
    freezeRows: headerRow + 1,
  };
}
