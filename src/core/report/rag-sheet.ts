import type { Rag } from "../types";
import type { Rollup } from "../rollup/types";
import { sheetTop, type ReportMeta } from "./header";
import { hierarchyRows, sourceLinkOf, type HierarchyRow } from "./hierarchy-rows";
import { columnSpan, sumRow } from "./formula";
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

function row(r: HierarchyRow, openWorkbook: string | undefined): OutputCell[] {
  const t = r.totals;
  const bold = r.level !== "Organisation";
  const count = r.planRagCount;
  return [
    text(r.level, bold),
    { ...text(r.name, bold), indent: r.level === "Organisation" ? 1 : 0, ...sourceLinkOf(r.sources, openWorkbook) },
    ...RAGS.map((rag) => money(t.ragValue[rag])),
    ...RAGS.map((rag): OutputCell => ({ value: t.ragCount[rag] })),
    money(t.riskAdjusted),
    r.planRag ? ragCell(r.planRag) : { value: null },
    ...(count ? (["red", "amber", "green"] as const).map((rag): OutputCell => ({ value: count[rag] })) : [{ value: null }, { value: null }, { value: null }]),
    text(count ? planRagSentence(count) : r.planRagSource === "declared" ? "Declared on the plan" : "Computed from scheme RAGs"),
  ];
}

/** RAG values and counts, and Risk-adjusted. */
const SUMMED = columnSpan(2, 10);

/** The rows a row of this sheet totals: an SHA its organisations below it; England the SHAs and organisations without one. */
function totalledBy(ordered: readonly HierarchyRow[], i: number): number[] {
  const r = ordered[i];
  const out: number[] = [];
  if (r.level === "England") ordered.forEach((o, j) => (o.level === "SHA" || (o.level === "Organisation" && o.depth === 1)) && out.push(j));
  if (r.level === "SHA") for (let j = i + 1; j < ordered.length && ordered[j].level === "Organisation" && ordered[j].depth === 3; j++) out.push(j);
  return out;
}

/** Value and count by RAG for each SHA (then its organisations), with plan RAGs and their counts. */
export function ragSheet(rollup: Rollup, meta: ReportMeta): OutputSheet {
  const { rows, headerRow } = sheetTop("QIPP RAG Summary", meta, HEADERS);
  const hierarchy = hierarchyRows(rollup).filter((r) => r.level === "SHA" || r.level === "Organisation" || r.level === "England");
  // England last, as the total under the SHAs (a single SHA's return has no England row: its SHA row totals the organisations below it): the sum of the SHA rows and of organisations without an SHA.
  const ordered = hierarchy[0]?.level === "England" ? [...hierarchy.slice(1), hierarchy[0]] : hierarchy;
  const first = rows.length;
  ordered.forEach((r, i) => rows.push(sumRow(row(r, meta.workbooks[0]), SUMMED, totalledBy(ordered, i).map((j) => first + j))));
  return {
    name: "QIPP RAG Summary",
    rows,
    columnWidths: [13, 36, 11, 11, 11, 12, 11, 13, 13, 15, 17, 10, 10, 11, 11, 30],
    freezeRows: headerRow + 1,
    table: { name: "QIPP_RAG", headerRow, columnCount: HEADERS.length },
  };
}
