import type { Rag } from "../types";
import type { Rollup } from "../rollup/types";
import { sheetTop, type ReportMeta } from "./header";
import { hierarchyRows, type HierarchyRow } from "./hierarchy-rows";
import type { OutputCell, OutputSheet } from "./model";
import { money, ragCell, text } from "./styles";

const RAGS = ["red", "amber", "green", "unrated"] as const;
const HEADERS = [
  "Level", "Name", "Red £000", "Amber £000", "Green £000", "Unrated £000", "Red schemes", "Amber schemes",
  "Green schemes", "Unrated schemes", "Risk-adjusted £000", "Plan RAG", "Plans red", "Plans amber", "Plans green", "Summary",
];

/** "4 rated red and 1 amber"; "No plans" when there are none. */
export function planRagSentence(count: Record<Rag, number>): string {
  const parts = (["red", "amber", "green"] as const).filter((rag) => count[rag] > 0).map((rag) => `${count[rag]} ${rag}`);
  if (parts.length === 0) return "No plans";
  const [head, ...rest] = parts;
  const first = head.replace(/ (\w+)$/, " rated $1");
  if (rest.length === 0) return first;
  return `${[first, ...rest.slice(0, -1)].join(", ")} and ${rest[rest.length - 1]}`;
}

function row(r: HierarchyRow): OutputCell[] {
  const t = r.totals;
  const bold = r.level !== "Organisation";
  const count = r.planRagCount;
  return [
    text(r.level, bold),
    { ...text(r.name, bold), indent: r.level === "Organisation" ? 1 : 0 },
    ...RAGS.map((rag) => money(t.ragValue[rag])),
    ...RAGS.map((rag): OutputCell => ({ value: t.ragCount[rag] })),
    money(t.riskAdjusted),
    r.planRag ? ragCell(r.planRag) : { value: null },
    ...(count ? (["red", "amber", "green"] as const).map((rag): OutputCell => ({ value: count[rag] })) : [{ value: null }, { value: null }, { value: null }]),
    text(count ? planRagSentence(count) : r.planRagSource === "declared" ? "Declared on the plan" : "Computed from scheme RAGs"),
  ];
}

/** Value and count by RAG for each SHA (then its organisations), with plan RAGs and their counts. */
export function ragSheet(rollup: Rollup, meta: ReportMeta): OutputSheet {
  const { rows, headerRow } = sheetTop("QIPP RAG Summary", meta, HEADERS);
  const hierarchy = hierarchyRows(rollup).filter((r) => r.level === "SHA" || r.level === "Organisation" || r.level === "England");
  // England (or a single SHA) last, as the total under the rows it adds up.
  for (const r of [...hierarchy.slice(1), hierarchy[0]]) rows.push(row(r));
  return {
    name: "QIPP RAG Summary",
    rows,
    columnWidths: [13, 36, 11, 11, 11, 12, 11, 13, 13, 15, 17, 10, 10, 11, 11, 30],
    freezeRows: headerRow + 1,
    table: { name: "QIPP_RAG", headerRow, columnCount: HEADERS.length },
  };
}
