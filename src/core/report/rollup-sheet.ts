import type { Rollup } from "../rollup/types";
import { sheetTop, type ReportMeta } from "./header";
import { hierarchyRows, sourceLinkOf, type HierarchyRow } from "./hierarchy-rows";
import { childRows } from "./children";
import { columnSpan, sumRow } from "./formula";
import type { OutputCell, OutputSheet } from "./model";
import { money, percent, text } from "./styles";

/** The hierarchy England → SHA cluster → SHA → organisation, years as columns, grouped and indented. */
export function rollupSheet(rollup: Rollup, meta: ReportMeta): OutputSheet {
  const headers = [
    "Level", "Name", "Code", "Schemes", ...rollup.years, "Total", "QIPP savings", "Management cost", "Risk-adjusted",
    "Share of national %", "Share of budget %", "Figures on error cells", "Source",
  ];
  const { rows, headerRow } = sheetTop("QIPP Rollup", meta, headers, [[{ value: "Money in £000; shares in percent" }]]);
  const first = rows.length;
  const hierarchy = hierarchyRows(rollup);

  const years = rollup.years.length;
  // Schemes, the years, Total, QIPP savings, Management cost, Risk-adjusted; and Figures on error cells.
  const summed = [...columnSpan(3, 7 + years), 10 + years];
  const children = childRows(hierarchy);
  hierarchy.forEach((row, i) => {
    const bold = row.level !== "Organisation";
    const t = row.totals;
    const cells: OutputCell[] = [
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
      { value: t.figuresOnErrorCells, fill: t.figuresOnErrorCells > 0 ? "FFC7CE" : undefined },
      sourceCell(row.sources, meta.workbooks[0]),
    ];
    rows.push(sumRow(cells, summed, children[i].map((j) => first + j)));
  });

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
    columnWidths: [13, 36, 7, 9, ...rollup.years.map(() => 12), 12, 13, 16, 13, 18, 17, 12, 40],
    freezeRows: headerRow + 1,
    groups,
  };
}

/** Where an organisation's figures come from, linked to its schemes on the plan sheet when that is in the open workbook. */
function sourceCell(sources: HierarchyRow["sources"], openWorkbook: string | undefined): OutputCell {
  if (!sources?.length) return text(null);
  return { ...text(sources.map((s) => `${s.workbook} › ${s.sheet}`).join("; ")), ...sourceLinkOf(sources, openWorkbook) };
}
