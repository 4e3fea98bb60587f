import { sum, toThousands } from "../money";
import { immaterialLine, REPORT_CARD } from "../messages/report-card";
import type { SchemeException } from "../rollup/exceptions";
import { plural } from "./findings";
import { reasonsInWords } from "../messages/reasons";
import { sheetTop, type ReportMeta } from "./header";
import type { OutputCell, OutputSheet } from "./model";
import { money, MONEY_FORMAT, ragCell, text } from "./styles";
import { responseKey, userCell } from "./user-cells";

export const EXCEPTIONS_SHEET = "QIPP Exceptions";

const HEADERS = ["Value at risk", "Reasons", "Detail", "Organisation", "Ref", "Scheme", "RAG", "Lead", "Risks", "Workbook", "Sheet", "Cell", "Response"];

/** A cell address, linked to its cell when that is in the open workbook. */
export function sourceLink(workbook: string, sheet: string, cell: string, openWorkbook: string | undefined): OutputCell {
  const out: OutputCell = text(cell);
  if (cell !== "" && workbook === openWorkbook) out.link = { sheet, cell };
  return out;
}

function exceptionRow(e: SchemeException, openWorkbook: string | undefined): OutputCell[] {
  return [
    money(e.valueAtRisk, true),
    text(reasonsInWords(e.reasons)),
    text(e.messages.join("; ")),
    text(e.organisation),
    text(e.ref),
    text(e.name),
    ragCell(e.rag),
    text(e.lead),
    text(e.risks),
    text(e.workbook),
    text(e.sheet),
    sourceLink(e.workbook, e.sheet, e.cell, openWorkbook),
    userCell(responseKey(e.organisation, e.ref)),
  ];
}

/** The exceptions listed one by one, and one line for the rest (under the pack's materiality threshold). */
export function materialSplit(exceptions: readonly SchemeException[], thresholdThousands: number) {
  const listed = exceptions.filter((e) => e.material !== false);
  const rest = exceptions.filter((e) => e.material === false);
  const line = rest.length > 0 ? immaterialLine(rest.length, toThousands(sum(rest.map((e) => e.valueAtRisk))), thresholdThousands) : null;
  return { listed, line };
}

/** Schemes that need a conversation, largest value at risk first, each linked to its cell. */
export function exceptionsSheet(exceptions: readonly SchemeException[], meta: ReportMeta, lines: string[] = []): OutputSheet {
  const atRisk = sum(exceptions.map((e) => e.valueAtRisk));
  const summary = `${plural(exceptions.length, "exception")}; value at risk £000 (the largest any one reason puts at risk):`;
  const { listed, line } = materialSplit(exceptions, meta.materialityThousands ?? 100);
  const extra: OutputCell[][] = [
    [text(summary), { ...money(atRisk, true), numberFormat: MONEY_FORMAT }],
    ...lines.map((l) => [text(l)]),
    ...(line ? [[text(line)]] : []),
    [text(REPORT_CARD.userCellNote)],
  ];
  const { rows, headerRow } = sheetTop(EXCEPTIONS_SHEET, meta, HEADERS, extra);
  for (const e of listed) rows.push(exceptionRow(e, meta.workbooks[0]));
  if (exceptions.length === 0) rows.push([text("No exceptions: no scheme is red, deteriorated, forecast below plan, reduced, behind plan, over its activity plan or past a milestone.")]);
  else if (listed.length === 0) rows.push([text(REPORT_CARD.noExceptions)]);
  return {
    name: EXCEPTIONS_SHEET,
    rows,
    columnWidths: [13, 24, 60, 28, 10, 40, 8, 20, 40, 22, 20, 8, 40],
    freezeRows: headerRow + 1,
    // Responses to schemes no longer listed go above the table, which runs to the last row.
    closedAt: headerRow,
    print: { landscape: true, fitToWidth: true, repeatRows: { from: headerRow, to: headerRow } },
    ...(listed.length > 0 ? { table: { name: "QIPP_Exceptions", headerRow, columnCount: HEADERS.length } } : {}),
  };
}
