import type { RulePack } from "../rules/schema";
import { LISTS_SHEET, type TemplateSheet } from "./model";

export type ListName = "workstream" | "pointOfDelivery" | "rag" | "organisation" | "sha" | "milestoneStatus" | "qia";

const HEADINGS: Record<ListName, string> = {
  workstream: "National workstream", pointOfDelivery: "Point of delivery", rag: "RAG", organisation: "Organisation", sha: "SHA",
  milestoneStatus: "Milestone status", qia: "QIA",
};
const ORDER: ListName[] = ["workstream", "pointOfDelivery", "rag", "organisation", "sha", "milestoneStatus", "qia"];

/** Words the reader understands: Complete means complete; Yes means signed off (src/core/read/in-year.ts). */
const MILESTONE_STATUSES = ["Not started", "In progress", "Delayed", "Complete"];
const QIA_ANSWERS = ["Yes", "No", "In progress", "Not started"];

/** The values each drop-down offers: the pack's own names, never its aliases. */
export function listValues(pack: RulePack): Record<ListName, string[]> {
  return {
    workstream: pack.workstreams.map((w) => w.name),
    pointOfDelivery: pack.pointsOfDelivery.map((p) => p.name),
    rag: [pack.rag.red[0], pack.rag.amber[0], pack.rag.green[0]],
    organisation: pack.organisations.map((o) => o.name),
    sha: pack.shas.map((s) => s.name),
    milestoneStatus: MILESTONE_STATUSES,
    qia: QIA_ANSWERS,
  };
}

const quoted = (sheet: string) => `'${sheet.replace(/'/g, "''")}'`;

/** One column per list under a heading; sources are absolute references Excel accepts from another sheet. */
export function buildListsSheet(pack: RulePack): { sheet: TemplateSheet; source: Record<ListName, string> } {
  const values = listValues(pack);
  const longest = Math.max(...ORDER.map((k) => values[k].length));
  const rows = [ORDER.map((k) => ({ value: HEADINGS[k], bold: true }))];
  for (let i = 0; i < longest; i++) rows.push(ORDER.map((k) => ({ value: values[k][i] ?? null, bold: false })));
  const letter = (k: ListName) => String.fromCharCode(65 + ORDER.indexOf(k));
  const source = Object.fromEntries(
    ORDER.map((k) => [k, `=${quoted(LISTS_SHEET)}!$${letter(k)}$2:$${letter(k)}$${values[k].length + 1}`]),
  ) as Record<ListName, string>;
  return {
    sheet: { name: LISTS_SHEET, rows, columnWidths: ORDER.map((k) => Math.min(60, Math.max(12, ...values[k].map((v) => v.length)))), freezeRows: 1, validations: [], highlights: [] },
    source,
  };
}
