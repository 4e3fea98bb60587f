import { a1, columnLetters } from "../../core/grid";
import type { OutputSheet } from "../../core/report/model";
import { linkReference, modelWidth } from "../output-plan";
import type { StyleAppender } from "./styles-append";
import { TRANSITIONAL, type Flavour } from "./ooxml-ns";
import { escapeXml } from "./xml";
import { cellXml, ColumnStyles } from "./cell-xml";
import { Utf8Builder } from "./utf8-builder";

export interface TableRange {
  top: number;
  bottom: number;
  right: number;
  /** Header texts, unique, as the table's columns will be named. */
  names: string[];
}

/** Where the model's table goes, with header names Excel accepts (text, unique). */
export function tableRange(model: OutputSheet): TableRange | undefined {
  const table = model.table;
  if (!table || model.rows.length <= table.headerRow) return undefined;
  const right = Math.max(0, Math.min(table.columnCount, modelWidth(model)) - 1);
  const seen = new Set<string>();
  const names: string[] = [];
  for (let c = 0; c <= right; c++) {
    const v = model.rows[table.headerRow][c]?.value;
    let name = v === null || v === undefined || v === "" ? `Column${c + 1}` : String(v).replace(/[\r\n]+/g, " ");
    for (let n = 2; seen.has(name.toLowerCase()); n++) name = `${name}${n}`;
    seen.add(name.toLowerCase());
    names.push(name);
  }
  // A table needs a row under its header; an empty one stands in when there are no data rows.
  return { top: table.headerRow, bottom: Math.max(model.rows.length - 1, table.headerRow + 1), right, names };
}

/** A worksheet part for an output model, as UTF-8 bytes (a view of `out`'s buffer, valid until it is reset): values (strings always as text), styles, widths, frozen header, groups, links. */
export function sheetXml(model: OutputSheet, styles: StyleAppender, table: TableRange | undefined, tableRelId: string | undefined, flavour: Flavour = TRANSITIONAL, out = new Utf8Builder()): Uint8Array {
  const level = new Map<number, number>();
  for (const g of model.groups ?? []) for (let r = g.from; r <= g.to; r++) level.set(r, (level.get(r) ?? 0) + 1);
  const width = Math.max(1, modelWidth(model));
  const letters = Array.from({ length: width }, (_, c) => columnLetters(c));
  const maxLevel = Math.min(7, Math.max(0, ...level.values()));
  const freeze = model.freezeRows > 0
    ? `<pane ySplit="${model.freezeRows}" topLeftCell="A${model.freezeRows + 1}" activePane="bottomLeft" state="frozen"/><selection pane="bottomLeft" activeCell="A${model.freezeRows + 1}" sqref="A${model.freezeRows + 1}"/>`
    : "";
  const cols = model.columnWidths.map((w, c) => `<col min="${c + 1}" max="${c + 1}" width="${w}" customWidth="1"/>`).join("");
  out.reset();
  out.add(
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="${flavour.main}" xmlns:r="${flavour.rel}">` +
    (model.print?.fitToWidth ? `<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>` : "") +
    `<dimension ref="A1:${a1(Math.max(0, model.rows.length - 1), width - 1)}"/>` +
    `<sheetViews><sheetView workbookViewId="0">${freeze}</sheetView></sheetViews>` +
    `<sheetFormatPr defaultRowHeight="15"${maxLevel ? ` outlineLevelRow="${maxLevel}"` : ""}/>` +
    (cols ? `<cols>${cols}</cols>` : "") +
    "<sheetData>",
  );
  const links: string[] = [];
  const style = new ColumnStyles(styles);
  const rows = model.rows;
  for (let r = 0; r < rows.length; r++) {
    const row = rows[r];
    const n = String(r + 1);
    let cells = "";
    for (let c = 0; c < row.length; c++) {
      const source = row[c];
      if (!source) continue;
      const cell = table && r === table.top && c <= table.right ? { ...source, value: table.names[c] } : source;
      const ref = letters[c] + n;
      cells += cellXml(cell, ref, style, c);
      if (cell.link && cell.value !== null && cell.value !== "") links.push(`<hyperlink ref="${ref}" location="${escapeXml(linkReference(cell.link))}" display="${escapeXml(String(cell.value))}"/>`);
    }
    const outline = level.get(r);
    if (cells || outline) out.add(`<row r="${n}"${outline ? ` outlineLevel="${Math.min(outline, 7)}"` : ""}>${cells}</row>`);
  }
  out.add("</sheetData>");
  if (links.length) {
    out.add("<hyperlinks>");
    for (const link of links) out.add(link);
    out.add("</hyperlinks>");
  }
  out.add(
    `<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>` +
    pageSetupXml(model) +
    (tableRelId ? `<tableParts count="1"><tablePart r:id="${tableRelId}"/></tableParts>` : "") +
    `</worksheet>`,
  );
  return out.bytes();
}

/** The table part over an output sheet's findings (or other) rows. */
export function tableXml(id: number, name: string, range: TableRange, flavour: Flavour = TRANSITIONAL): string {
  const ref = `${a1(range.top, 0)}:${a1(range.bottom, range.right)}`;
  const columns = range.names.map((n, i) => `<tableColumn id="${i + 1}" name="${escapeXml(n)}"/>`).join("");
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<table xmlns="${flavour.main}" id="${id}" name="${escapeXml(name)}" displayName="${escapeXml(name)}" ref="${ref}" headerRowCount="1" totalsRowShown="0">` +
    `<autoFilter ref="${ref}"/><tableColumns count="${range.names.length}">${columns}</tableColumns>` +
    `<tableStyleInfo name="TableStyleLight9" showFirstColumn="0" showLastColumn="0" showRowStripes="1" showColumnStripes="0"/></table>`
  );
}

/**
 * ECMA-376 Part 1, 18.3.1.63 pageSetup: fitToHeight="0" means "as many pages tall as needed", with
 * fitToPage on sheetPr/pageSetUpPr (18.3.1.65) turning the fit on; print titles are a defined name.
 */
function pageSetupXml(model: OutputSheet): string {
  const print = model.print;
  if (!print) return "";
  const fit = print.fitToWidth ? ` fitToWidth="1" fitToHeight="0"` : "";
  return `<pageSetup orientation="${print.landscape ? "landscape" : "portrait"}"${fit}/>`;
}
