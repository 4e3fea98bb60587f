import { sum } from "../money";
import type { SchemeException } from "../rollup/exceptions";
import { plural } from "./findings";
import { reasonsInWords } from "../messages/reasons";
import { sheetTop, type ReportMeta } from "./header";
import type { OutputCell, OutputSheet } from "./model";
import { money, MONEY_FORMAT, ragCell, text } from "./styles";

export const EXCEPTIONS_SHEET = "QIPP Exceptions";

const HEADERS = ["Value at risk", "Reasons", "Detail", "Organisation", "Ref", "Scheme", "RAG", "Lead", "Risks", "Workbook", "Sheet", "Cell"];

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
  ];
}

/** Schemes that need a conversation, largest value at risk first, each linked to its cell. */
export function exceptionsSheet(exceptions: readonly SchemeException[], meta: ReportMeta, lines: string[] = []): OutputSheet {
  const atRisk = sum(exceptions.map((e) => e.valueAtRisk));
  const summary = `${plural(exceptions.length, "exception")}; value at risk £000 (the largest any one reason puts at risk):`;
  const extra: OutputCell[][] = [[text(summary), { ...money(atRisk, true), numberFormat: MONEY_FORMAT }], ...lines.map((l) => [text(l)])];
  const { rows, headerRow } = sheetTop(EXCEPTIONS_SHEET, meta, HEADERS, extra);
  for (const e of exceptions) rows.push(exceptionRow(e, meta.workbooks[0]));
  if (exceptions.length === 0) rows.push([text("No exceptions: no scheme is red, deteriorated, forecast below plan or reduced.")]);
  return {
    name: EXCEPTIONS_SHEET,
    rows,
    columnWidths: [13, 24, 60, 28, 10, 40, 8, 20, 40, 22, 20, 8],
    freezeRows: headerRow + 1,
    ...(exceptions.length > 0 ? { table: { name: "QIPP_Exceptions", headerRow, columnCount: HEADERS.length } } : {}),
  };
}
