import type { Plan } from "../types";
import type { Rollup } from "../rollup/types";
import type { RulePack } from "../rules/schema";
import { reasonsInWords } from "../messages/reasons";
import { REPORT_CARD as W, risksNotListedLine, SIGN_OFF_LABELS } from "../messages/report-card";
import { sheetTop, type ReportMeta } from "./header";
import type { OutputCell, OutputSheet } from "./model";
import { cardLines, deliveredPercent, type CardLine } from "./report-card-lines";
import { materialSplit } from "./exceptions-sheet";
import { materialRisks, riskLog, risksByTheme } from "./risk-log";
import { toThousands } from "../money";
import { money, percent, ragCell, text } from "./styles";
import { responseKey, signOffKey, userCell } from "./user-cells";
import { runSteps, type Steps } from "../steps";

export const REPORT_CARD_SHEET = W.sheet;
const GAP: OutputCell = { value: null };
const heading = (words: string): OutputCell[] => [{ value: words, bold: true }];
const headers = (cells: (string | null)[]): OutputCell[] => cells.map((h) => (h === null ? GAP : { value: h, bold: true, fill: "D9E1F2" }));

function lineRow(l: CardLine, scope: string): OutputCell[] {
  const bold = l.kind === "total";
  const kind = l.kind === "organisation" ? W.organisationLine : l.kind === "workstream" ? W.workstreamLine : "Total";
  return [
    text(kind, bold), text(l.kind === "total" ? scope : l.name, bold), money(l.fourYear, bold), money(l.forecastYear, bold),
    money(l.ytdPlan, bold), money(l.ytdActual, bold), percent(deliveredPercent(l)), l.planRag ? ragCell(l.planRag) : GAP, { value: l.exceptions },
  ];
}

/**
 * The monthly report card an SHA director signs: progress per organisation and national workstream,
 * the material exceptions with the user's responses, the risk log by theme, and the sign-off.
 * Columns: A–I for the lines; lists leave E's neighbours empty so long text runs over them.
 */
export function reportCardSheet(plans: readonly Plan[], rollup: Rollup, pack: RulePack, meta: ReportMeta): OutputSheet {
  return runSteps(reportCardSheetSteps(plans, rollup, pack, meta));
}

/** `reportCardSheet` a section a step (lines, then exceptions, then the risk log). */
export function* reportCardSheetSteps(plans: readonly Plan[], rollup: Rollup, pack: RulePack, meta: ReportMeta): Steps<OutputSheet> {
  const { rows } = sheetTop(W.sheet, meta, [], [[text(W.subtitle(meta.pack.version))], [text(W.userCellNote)]]);
  rows.pop(); // no single header row: each section has its own
  rows.push(heading(W.linesHeading), headers(W.lineHeaders));
  for (const l of cardLines(plans, rollup, rollup.exceptions, pack)) rows.push(lineRow(l, meta.scope ?? "England"));

  yield;
  const { listed, line } = materialSplit(rollup.exceptions, pack.parameters.exceptions.materialityThousands);
  rows.push([], heading(W.exceptionsHeading), headers(["Organisation", "Scheme", "Ref", "Value at risk", "Reasons", null, null, null, "Lead", "Response"]));
  for (const e of listed) {
    const reasons = reasonsInWords(e.reasons);
    rows.push([text(e.organisation), text(e.name), text(e.ref), money(e.valueAtRisk), text(reasons), GAP, GAP, GAP, text(e.lead), userCell(responseKey(e.organisation, e.ref))]);
  }
  if (listed.length === 0) rows.push([text(W.noExceptions)]);
  if (line) rows.push([text(line)]);
  rows.push([]);
  const closedAt = rows.length;

  yield;
  const log = riskLog(plans, rollup.exceptions, pack);
  yield;
  const { listed: risks, rest } = materialRisks(log, rollup.exceptions);
  rows.push(heading(W.riskHeading), [text(W.riskNote)], headers(["Organisation", "Scheme", "Ref", "RAG", "Risk", null, null, null, "Lead"]));
  for (const r of risks) rows.push([text(r.organisation), text(r.name), text(r.ref), ragCell(r.rag), text(r.risk), GAP, GAP, GAP, text(r.lead)]);
  if (risks.length === 0) rows.push([text(W.noRisks)]);
  if (rest.count > 0) rows.push([text(risksNotListedLine(rest.count, toThousands(rest.value), pack.parameters.exceptions.materialityThousands))]);
  rows.push([], heading(W.themeHeading), headers(["Theme", null, "Schemes", "Value"]));
  for (const t of risksByTheme(log, pack)) rows.push([text(t.theme), GAP, { value: t.count }, money(t.value)]);

  rows.push([], heading(W.signOffHeading));
  for (const label of SIGN_OFF_LABELS) {
    const cover = plans.find((p) => p.signOff?.[label]?.text)?.signOff?.[label];
    const format = label === "Date signed" ? "d mmmm yyyy" : undefined;
    rows.push([{ value: label, bold: true }, userCell(signOffKey(label), cover?.raw ?? null, format)]);
  }
  return {
    name: W.sheet,
    rows,
    columnWidths: [24, 36, 15, 18, 12, 12, 12, 10, 16, 40],
    freezeRows: 2,
    closedAt,
    print: { landscape: true, fitToWidth: true, repeatRows: { from: 0, to: 1 } },
  };
}
