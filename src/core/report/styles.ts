import { toThousands, type Pence } from "../money";
import type { RagOrUnrated, Severity } from "../types";
import type { OutputCell } from "./model";

/** £000 with thousands separators; percentages to one decimal. */
export const MONEY_FORMAT = "#,##0";
export const PERCENT_FORMAT = "0.0";

export const RAG_FILL: Record<RagOrUnrated, string | undefined> = { red: "C00000", amber: "FFC000", green: "00B050", unrated: undefined };
const RAG_FONT: Record<RagOrUnrated, string | undefined> = { red: "FFFFFF", amber: undefined, green: "FFFFFF", unrated: undefined };

export const SEVERITY_STYLE: Record<Severity, Pick<OutputCell, "fill" | "fontColor">> = {
  error: { fill: "C00000", fontColor: "FFFFFF" },
  warning: { fill: "FFC000" },
  info: { fill: "DDEBF7" },
};

export function money(pence: Pence | null, bold = false): OutputCell {
  if (pence === null) return { value: null };
  // Literals, not a spread: these are made once per cell of lists with tens of thousands of rows.
  return bold ? { value: toThousands(pence), numberFormat: MONEY_FORMAT, bold } : { value: toThousands(pence), numberFormat: MONEY_FORMAT };
}

export function percent(value: number | null): OutputCell {
  return value === null ? { value: null } : { value, numberFormat: PERCENT_FORMAT };
}

/** A RAG written as a word in a cell filled with its colour. */
export function ragCell(rag: RagOrUnrated): OutputCell {
  const cell: OutputCell = { value: rag[0].toUpperCase() + rag.slice(1) };
  if (RAG_FILL[rag]) cell.fill = RAG_FILL[rag];
  if (RAG_FONT[rag]) cell.fontColor = RAG_FONT[rag];
  return cell;
}

/** Plain text from a plan: always a string value, so the host writes it as text. */
export function text(value: string | null | undefined, bold = false): OutputCell {
  return bold ? { value: value ?? "", bold } : { value: value ?? "" };
}
