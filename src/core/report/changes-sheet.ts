import type { Comparison, LevelChange, SchemeChange } from "../compare/types";
import type { RagOrUnrated } from "../types";
import { sourceLink } from "./exceptions-sheet";
import type { TrendEntry } from "../compare/trend";
import { movementLookup, movementsLine, trendRows } from "./changes-trend";
import { sheetTop, type ReportMeta } from "./header";
import type { OutputCell, OutputSheet } from "./model";
import { money, ragCell, text } from "./styles";

export const CHANGES_SHEET = "QIPP Changes";

const HEADERS = [
  "Level", "Name", "SHA", "Ref", "Scheme", "Status", "Matched by", "RAG before", "RAG after",
  "Before", "New", "Dropped", "Changed", "After", "Plan RAG before", "Plan RAG after", "Cell", "To confirm",
];
const RAGS: RagOrUnrated[] = ["green", "amber", "red", "unrated"];
const rag = (r: RagOrUnrated | null): OutputCell => (r === null ? text("") : ragCell(r));

function levelRow(level: string, l: LevelChange, bold: boolean, indent: number): OutputCell[] {
  return [
    text(level, bold), { ...text(l.name, bold), indent }, text(l.shaCode), text(""), text(""), text(""), text(""), text(""), text(""),
    money(l.before, bold), money(l.new), money(l.dropped), money(l.changed), money(l.after, bold),
    rag(l.planRagBefore), rag(l.planRagAfter), text(""),
  ];
}

function schemeRow(s: SchemeChange, openWorkbook: string | undefined, toConfirm: OutputCell): OutputCell[] {
  const before = s.before?.total ?? 0;
  const after = s.after?.total ?? 0;
  // A dropped scheme is only in the earlier version: its cell is written, not linked.
  const cell = s.side === "after" ? sourceLink(s.workbook, s.sheet, s.cell, openWorkbook) : text(`earlier: ${s.sheet}!${s.cell}`);
  return [
    text("Scheme"), text(s.organisation), text(s.shaCode), text(s.ref), text(s.name), text(s.status), text(s.matchedBy),
    rag(s.ragBefore), rag(s.ragAfter),
    money(s.before ? before : null), money(s.status === "new" ? after : 0), money(s.status === "dropped" ? before : 0),
    money(s.before && s.after ? after - before : 0), money(s.after ? after : null), text(""), text(""), cell, toConfirm,
  ];
}

/** RAG migration of the schemes on both sides: earlier RAG down, later RAG across, count and £000. */
function migrationRows(c: Comparison): OutputCell[][] {
  const m = c.national.migration;
  const label = (r: RagOrUnrated) => r[0].toUpperCase() + r.slice(1);
  return [
    [text("RAG migration (schemes on both sides): earlier RAG down, later RAG across; count, then £000", true)],
    [text("From \\ to", true), ...RAGS.map((r) => text(label(r), true)), ...RAGS.map((r) => text(`${label(r)} £000`, true))],
    ...RAGS.map((from) => [ragCell(from), ...RAGS.map((to): OutputCell => ({ value: m.count[from][to] })), ...RAGS.map((to) => money(m.value[from][to]))]),
  ];
}

/** What moved between two versions: the bridge at every level, then every scheme with its status. */
export function changesSheet(c: Comparison, meta: ReportMeta, earlier: string[], trend: readonly TrendEntry[] = []): OutputSheet {
  const n = c.national;
  const k = (p: number) => (p / 100_000).toLocaleString("en-GB", { maximumFractionDigits: 0 });
  const extra: OutputCell[][] = [
    [text(`Earlier version: ${earlier.join(", ")}. Money in £000; links go to the later version.`)],
    [text(`England: before ${k(n.before)} + new ${k(n.new)} − dropped ${k(n.dropped)} + changed ${k(n.changed)} = after ${k(n.after)}`, true)],
    movementsLine(c.movements),
    ...c.notes.map((note) => [text(note)]),
    [],
    ...migrationRows(c),
    ...(trend.length ? [[], ...trendRows(trend)] : []),
  ];
  const { rows, headerRow } = sheetTop(CHANGES_SHEET, meta, HEADERS, extra);
  rows.push(levelRow("England", n, true, 0));
  for (const cluster of c.shaClusters) {
    rows.push(levelRow("SHA cluster", cluster, true, 1));
    for (const sha of c.shas.filter((s) => s.cluster === cluster.name)) {
      rows.push(levelRow("SHA", sha, true, 2));
      for (const o of c.organisations.filter((x) => x.shaCode === sha.code)) rows.push(levelRow("Organisation", o, false, 3));
    }
  }
  for (const o of c.organisations.filter((x) => x.shaCode === null)) rows.push(levelRow("Organisation", o, false, 1));
  const toConfirm = movementLookup(c.movements);
  for (const s of c.schemes) rows.push(schemeRow(s, meta.workbooks[0], toConfirm(s)));
  return {
    name: CHANGES_SHEET,
    rows,
    columnWidths: [13, 30, 7, 10, 36, 10, 10, 10, 10, 12, 12, 12, 12, 12, 14, 14, 16, 60],
    freezeRows: headerRow + 1,
    table: { name: "QIPP_Changes", headerRow, columnCount: HEADERS.length },
  };
}
