import { a1 } from "../../core/grid";
import type { OutputCell, OutputSheet } from "../../core/report/model";
import { linkReference, modelWidth } from "../output-plan";
import type { StyleAppender } from "./styles-append";
import { TRANSITIONAL, type Flavour } from "./ooxml-ns";
import { escapeCellText, escapeXml } from "./xml";


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

/** A worksheet part for an output model: values (strings always as text), styles, widths, frozen header, groups, links. */
export function sheetXml(model: OutputSheet, styles: StyleAppender, table: TableRange | undefined, tableRelId: string | undefined, flavour: Flavour = TRANSITIONAL): string {
  const out: string[] = [];
  const links: string[] = [];
  const level = new Map<number, number>();
  for (const g of model.groups ?? []) for (let r = g.from; r <= g.to; r++) level.set(r, (level.get(r) ?? 0) + 1);
  const width = Math.max(1, modelWidth(model));
  model.rows.forEach((row, r) => {
    const cells: string[] = [];
    row.forEach((source, c) => {
      const cell = table && r === table.top && c <= table.right ? { ...source, value: table.names[c] } : source;
      const xml = cellXml(cell, a1(r, c), styles);
      if (xml) cells.push(xml);
      if (cell.link && cell.value !== null && cell.value !== "") links.push(`<hyperlink ref="${a1(r, c)}" location="${escapeXml(linkReference(cell.link))}" display="${escapeXml(String(cell.value))}"/>`);
    });
    const outline = level.get(r);
    if (cells.length || outline) out.push(`<row r="${r + 1}"${outline ? ` outlineLevel="${Math.min(outline, 7)}"` : ""}>${cells.join("")}</row>`);
  });
  const maxLevel = Math.min(7, Math.max(0, ...level.values()));
  const freeze = model.freezeRows > 0
    ? `<pane ySplit="${model.freezeRows}" topLeftCell="A${model.freezeRows + 1}" activePane="bottomLeft" state="frozen"/><selection pane="bottomLeft" activeCell="A${model.freezeRows + 1}" sqref="A${model.freezeRows + 1}"/>`
    : "";
  const cols = model.columnWidths.map((w, c) => `<col min="${c + 1}" max="${c + 1}" width="${w}" customWidth="1"/>`).join("");
  const last = a1(Math.max(0, model.rows.length - 1), width - 1);
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="${flavour.main}" xmlns:r="${flavour.rel}">` +
    (model.print?.fitToWidth ? `<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>` : "") +
    `<dimension ref="A1:${last}"/>` +
    `<sheetViews><sheetView workbookViewId="0">${freeze}</sheetView></sheetViews>` +
    `<sheetFormatPr defaultRowHeight="15"${maxLevel ? ` outlineLevelRow="${maxLevel}"` : ""}/>` +
    (cols ? `<cols>${cols}</cols>` : "") +
    `<sheetData>${out.join("")}</sheetData>` +
    (links.length ? `<hyperlinks>${links.join("")}</hyperlinks>` : "") +
    `<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>` +
    pageSetupXml(model) +
    (tableRelId ? `<tableParts count="1"><tablePart r:id="${tableRelId}"/></tableParts>` : "") +
    `</worksheet>`
  );
}

function cellXml(cell: OutputCell, ref: string, styles: StyleAppender): string {
  const value = cell.value === "" ? null : cell.value;
  const styled = value !== null || cell.fill || cell.bold || cell.italic || cell.fontColor || cell.indent;
  if (!styled) return "";
  const s = styles.xfFor(cell);
  // A total that traces: the formula with the engine's figure cached, so every viewer shows the number.
  if (cell.formula && typeof value === "number" && Number.isFinite(value)) return `<c r="${ref}" s="${s}"><f>${escapeXml(cell.formula)}</f><v>${value}</v></c>`;
  if (value === null) return `<c r="${ref}" s="${s}"/>`;
  if (typeof value === "string") return `<c r="${ref}" s="${s}" t="inlineStr"><is><t xml:space="preserve">${escapeCellText(value)}</t></is></c>`;
  if (typeof value === "boolean") return `<c r="${ref}" s="${s}" t="b"><v>${value ? 1 : 0}</v></c>`;
  if (!Number.isFinite(value)) return `<c r="${ref}" s="${s}" t="e"><v>#NUM!</v></c>`;
  return `<c r="${ref}" s="${s}"><v>${value}</v></c>`;
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
