/**
 * Cells that are the user's (responses to exceptions, sign-off values) survive a rebuild: the host
 * reads the add-in's earlier sheet back as values, readUserValues finds what was typed there, and
 * mergeUserCells writes it into the new model's cell with the same key. Keys come from what the sheet
 * shows (organisation + ref, the sign-off label), so no hidden column is needed.
 */
import type { CellValue } from "../grid";
import { REPORT_CARD, SIGN_OFF_LABELS } from "../messages/report-card";
import type { OutputCell, OutputSheet } from "./model";

export type UserValues = Map<string, string | number | boolean>;

/** Pale yellow, as Excel's own "Input" cell style. */
export const USER_FILL = "FFF2CC";
const RESPONSE = "Response";

export const responseKey = (organisation: string, ref: string) => `response|${organisation}|${ref}`;
export const signOffKey = (label: string) => `sign-off|${label}`;

/** A cell the user types into, marked by its fill; its value kept from the earlier sheet. */
export function userCell(key: string, value: OutputCell["value"] = null, numberFormat?: string): OutputCell {
  return { value, user: key, fill: USER_FILL, ...(numberFormat ? { numberFormat } : {}) };
}

const str = (v: CellValue | undefined) => (v === null || v === undefined ? "" : String(v).trim());
const typed = (v: CellValue | undefined): v is string | number | boolean => v !== null && v !== undefined && !(typeof v === "string" && v.trim() === "") && typeof v !== "object";

/**
 * What the user typed on an earlier output sheet, given as rows of values from A1: every row under a
 * header with Organisation, Ref and Response (to the next blank row), and each sign-off label's right neighbour.
 */
export function readUserValues(rows: readonly (readonly CellValue[])[]): UserValues {
  const found: UserValues = new Map();
  let columns: { org: number; ref: number; response: number } | null = null;
  for (const row of rows) {
    const texts = row.map(str);
    const response = texts.indexOf(RESPONSE);
    if (response >= 0 && texts.includes("Organisation") && texts.includes("Ref")) {
      columns = { org: texts.indexOf("Organisation"), ref: texts.indexOf("Ref"), response };
      continue;
    }
    if (texts.every((t) => t === "")) columns = null;
    if (columns && (texts[columns.org] || texts[columns.ref]) && typed(row[columns.response])) {
      found.set(responseKey(texts[columns.org], texts[columns.ref]), row[columns.response] as string | number | boolean);
    }
    const label = SIGN_OFF_LABELS.find((l) => texts[0] === l);
    if (label && typed(row[1])) found.set(signOffKey(label), row[1] as string | number | boolean);
  }
  return found;
}

/**
 * The new model with the user's values in their cells (a value the build itself gives, as a Cover
 * sheet's sign-off, wins). Responses whose key the new model no longer has are listed at closedAt
 * under "Closed since the last build", still the user's cells, so nothing typed is lost.
 */
export function mergeUserCells(model: OutputSheet, old: UserValues): OutputSheet {
  if (old.size === 0) return model;
  const placed = new Set<string>();
  const rows = model.rows.map((row) =>
    row.map((cell) => {
      if (!cell.user) return cell;
      placed.add(cell.user);
      const kept = old.get(cell.user);
      return kept !== undefined && (cell.value === null || cell.value === "") ? { ...cell, value: kept } : cell;
    }),
  );
  const closed = [...old].filter(([key]) => key.startsWith("response|") && !placed.has(key));
  const merged = { ...model, rows };
  if (closed.length === 0 || model.closedAt === undefined) return merged;
  const width = Math.max(...model.rows.map((r) => r.length));
  const block: OutputCell[][] = [
    [{ value: REPORT_CARD.closedHeading, bold: true }],
    closedHeader(width),
    ...closed.map(([key, value]) => closedRow(key, value, width)),
    [],
  ];
  return insertRows(merged, model.closedAt, block);
}

/** Organisation and Ref first, Response in the last column, as the exception lists have it. */
function closedHeader(width: number): OutputCell[] {
  const row: OutputCell[] = [{ value: "Organisation", bold: true }, { value: "Ref", bold: true }];
  while (row.length < width - 1) row.push({ value: null });
  return [...row, { value: RESPONSE, bold: true }];
}

function closedRow(key: string, value: string | number | boolean, width: number): OutputCell[] {
  const [, organisation, ...ref] = key.split("|");
  const row: OutputCell[] = [{ value: organisation }, { value: ref.join("|") }];
  while (row.length < width - 1) row.push({ value: null });
  return [...row, userCell(key, value)];
}

/** Rows inserted before `at`; the header, frozen rows, groups, print titles and table below move down. */
export function insertRows(model: OutputSheet, at: number, block: OutputCell[][]): OutputSheet {
  const n = block.length;
  const shift = (r: number) => (r >= at ? r + n : r);
  return {
    ...model,
    rows: [...model.rows.slice(0, at), ...block, ...model.rows.slice(at)],
    freezeRows: model.freezeRows > at ? model.freezeRows + n : model.freezeRows,
    ...(model.table ? { table: { ...model.table, headerRow: shift(model.table.headerRow) } } : {}),
    ...(model.groups ? { groups: model.groups.map((g) => ({ from: shift(g.from), to: shift(g.to) })) } : {}),
    ...(model.print?.repeatRows ? { print: { ...model.print, repeatRows: { from: shift(model.print.repeatRows.from), to: shift(model.print.repeatRows.to) } } } : {}),
  };
}
