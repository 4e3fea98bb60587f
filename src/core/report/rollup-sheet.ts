import type { Rollup } from "../rollup/types";
import { sheetTop, type ReportMeta } from "./header";
import { hierarchyRows } from "./hierarchy-rows";
import type { OutputSheet } from "./model";
import { money, percent, text } from "./styles";

/** The hierarchy England → SHA cluster → SHA → organisation, years as columns, grouped and indented. */
export function rollupSheet(rollup: Rollup, meta: ReportMeta): OutputSheet {
  const headers = [
    "Level", "Name", "Code", "Schemes", ...rollup.years, "Total", "QIPP savings", "Management cost", "Risk-adjusted",
    "Share of national %", "Share of budget %",
  ];
  const { rows, headerRow } = sheetTop("QIPP Rollup", meta, headers, [[{ value: "Money in £000; shares in percent" }]]);
  const first = rows.length;
  const hierarchy = hierarchyRows(rollup);

  for (const row of hierarchy) {
    const bold = row.level !== "Organisation";
    const t = row.totals;
    rows.push([
      text(row.level, bold),
      { ...text(row.name, bold), indent: row.depth },
      text(row.code),
      { value: t.schemes },
      ...rollup.years.map((year) => money(t.savings[year], bold)),
      money(t.savings.total, bold),
      money(t.qippSavings.total, bold),
      money(t.managementCost),
      money(t.riskAdjusted),
      percent(row.shareOfNational),
      percent(row.shareOfBudget),
    ]);
  }

  // Each parent's group is the rows beneath it, up to the next row at its depth or above.
  const groups: { from: number; to: number }[] = [];
  hierarchy.forEach((row, i) => {
    let end = i;
    while (end + 1 < hierarchy.length && hierarchy[end + 1].depth > row.depth) end += 1;
    if (row.level !== "Organisation" && row.level !== "England" && end > i) groups.push({ from: first + i + 1, to: first + end });
  });

  return {
    name: "QIPP Rollup",
    rows,
    columnWidths: [13, 36, 7, 9, ...rollup.years.map(() => 12), 12, 13, 16, 13, 18, 17],
    freezeRows: headerRow + 1,
    groups,
  };
}
