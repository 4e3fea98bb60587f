import { zipSync, type Zippable } from "fflate";
import { a1, type CellValue, type SheetGrid } from "../../core/grid";
import { PACKAGE_RELS_NS, TRANSITIONAL } from "./ooxml-ns";
import { minimalStyles } from "./styles-append";
import { escapeCellText, escapeXml } from "./xml";

const CT = "application/vnd.openxmlformats-officedocument.spreadsheetml";
/** Excel keeps at most 32,767 characters in a cell (https://support.microsoft.com/en-us/office/excel-specifications-and-limits-1672b34d-7043-467e-8e27-269d656771c3). */
const EXCEL_CELL_CHARS = 32_767;
const enc = new TextEncoder();

/**
 * The user's sheets (their values, as read) as a new .xlsx package, for writing outputs beside a
 * non-OOXML input. Written here rather than by SheetJS: only the cells that hold a value, so an .xls
 * that declares A1:IV65536 and holds 4 cells costs 4 cells (SheetJS walked all 16.7 million).
 * An .xls cell may hold more than Excel's 32,767 characters: the copy keeps the first 32,767
 * (the findings were made on the whole text).
 */
export function gridsToXlsx(sheets: SheetGrid[]): Uint8Array {
  const grids = sheets.length ? sheets : [{ name: "Sheet1", values: [], top: 0, left: 0 }];
  const names = excelSheetNames(grids.map((g) => g.name));
  const files: Zippable = {};
  const put = (path: string, xml: string) => (files[path] = enc.encode(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n${xml}`));
  const overrides = grids.map((_, i) => `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="${CT}.worksheet+xml"/>`).join("");
  put("[Content_Types].xml", `<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="${CT}.sheet.main+xml"/><Override PartName="/xl/styles.xml" ContentType="${CT}.styles+xml"/>${overrides}</Types>`);
  put("_rels/.rels", `<Relationships xmlns="${PACKAGE_RELS_NS}"><Relationship Id="rId1" Type="${TRANSITIONAL.rel}/officeDocument" Target="xl/workbook.xml"/></Relationships>`);
  const sheetEls = names.map((n, i) => `<sheet name="${escapeXml(n)}" sheetId="${i + 1}" r:id="rId${i + 2}"/>`).join("");
  put("xl/workbook.xml", `<workbook xmlns="${TRANSITIONAL.main}" xmlns:r="${TRANSITIONAL.rel}"><sheets>${sheetEls}</sheets></workbook>`);
  const rels = names.map((_, i) => `<Relationship Id="rId${i + 2}" Type="${TRANSITIONAL.rel}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`).join("");
  put("xl/_rels/workbook.xml.rels", `<Relationships xmlns="${PACKAGE_RELS_NS}"><Relationship Id="rId1" Type="${TRANSITIONAL.rel}/styles" Target="styles.xml"/>${rels}</Relationships>`);
  files["xl/styles.xml"] = enc.encode(minimalStyles(TRANSITIONAL.main));
  grids.forEach((g, i) => put(`xl/worksheets/sheet${i + 1}.xml`, `<worksheet xmlns="${TRANSITIONAL.main}"><sheetData>${rowsXml(g)}</sheetData></worksheet>`));
  return zipSync(files, { level: 6 });
}

function rowsXml(grid: SheetGrid): string {
  const out: string[] = [];
  grid.values.forEach((row, r) => {
    const cells: string[] = [];
    row.forEach((v, c) => {
      const cell = cellXml(v, a1(grid.top + r, grid.left + c));
      if (cell) cells.push(cell);
    });
    if (cells.length) out.push(`<row r="${grid.top + r + 1}">${cells.join("")}</row>`);
  });
  return out.join("");
}

function cellXml(value: CellValue | undefined, ref: string): string {
  if (value === null || value === undefined || value === "") return "";
  if (typeof value === "string") return `<c r="${ref}" t="inlineStr"><is><t xml:space="preserve">${escapeCellText(value.slice(0, EXCEL_CELL_CHARS))}</t></is></c>`;
  if (typeof value === "boolean") return `<c r="${ref}" t="b"><v>${value ? 1 : 0}</v></c>`;
  return Number.isFinite(value) ? `<c r="${ref}"><v>${value}</v></c>` : "";
}

/** Sheet names Excel accepts: at most 31 characters, none of : \ / ? * [ ], unique ignoring case. */
function excelSheetNames(names: string[]): string[] {
  const seen = new Set<string>();
  return names.map((raw) => {
    const base = raw.replace(/[:\\/?*[\]]/g, "_").replace(/^'|'$/g, "_").slice(0, 31) || "Sheet";
    let name = base;
    for (let n = 2; seen.has(name.toLowerCase()); n++) name = `${base.slice(0, 31 - String(n).length - 1)}_${n}`;
    seen.add(name.toLowerCase());
    return name;
  });
}
