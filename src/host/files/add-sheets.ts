import { cellAt, type CellValue, type SheetGrid } from "../../core/grid";
import { isAddinSheet, type OutputSheet } from "../../core/report/model";
import { mergeUserCells, readUserValues } from "../../core/report/user-cells";
import { withPrintTitles } from "./print-titles";
import { candidateNames, modelWidth, planTargets, type ExistingSheet } from "../output-plan";
import type { WriteResult } from "../../app/workbook-port";
import { portableCodec, type ZipCodec } from "./codec";
import { readWorkbookParts } from "./ooxml-parts";
import { sheetContext } from "./ooxml-read";
import { PackageEdit } from "./package-edit";
import { parseRels, relsPathOf, resolveTarget } from "./rels";
import { readSheetXml } from "./sheet-xml";
import { minimalStyles, StyleAppender } from "./styles-append";
import { PACKAGE_RELS_NS, relType, type Flavour } from "./ooxml-ns";
import { sheetXml, tableRange, tableXml } from "./sheet-write";
import { escapeXml } from "./xml";
import { ZipPackage } from "./zip-read";
import { deflatePart, writeZip } from "./zip-write";
import { Utf8Builder } from "./utf8-builder";

const WORKSHEET_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml";
const TABLE_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.table+xml";
const STYLES_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml";

/**
 * The user's package with the output sheets added: every original part is copied byte for byte
 * (compressed bytes included), except the few that must list the new sheets (the workbook part,
 * its relationships, [Content_Types].xml, and styles, which are appended to). The add-in's earlier
 * output sheets are replaced in place; a user's sheet is never touched.
 */
export function addSheetsToPackage(original: Uint8Array, models: OutputSheet[], codec: ZipCodec = portableCodec): WriteResult & { bytes: Uint8Array } {
  const zip = new ZipPackage(original, codec);
  const parts = readWorkbookParts(zip);
  const edit = new PackageEdit(zip, parts);
  const existing = existingSheets(zip, parts, models);
  const { targets, renamed } = planTargets(models, existing);
  // What the user typed on the sheets being replaced (responses, sign-off) goes into the new ones.
  for (const target of targets) {
    const old = existing.find((s) => s.name === target.replaces)?.grid;
    if (old) target.model = mergeUserCells(target.model, readUserValues(gridRows(old)));
  }

  const stylesPath = edit.partOfType(/\/styles$/) ?? edit.addWorkbookPart("styles", "styles", STYLES_TYPE);
  const styles = new StyleAppender(zip.text(stylesPath) ?? minimalStyles(edit.flavour.main));

  const placed = targets.map((target) => {
    const old = target.replaces ? parts.sheets.find((s) => s.name === target.replaces && s.kind === "worksheet" && s.path) : undefined;
    if (old?.path) {
      // The add-in's earlier sheet goes with its table; the new one takes its place in the tab order.
      edit.renameSheet(old.relId, target.name);
      for (const rel of parseRels(zip.text(relsPathOf(old.path)))) {
        if (!rel.external && /\/table$/.test(rel.type)) edit.remove(resolveTarget(old.path, rel.target));
      }
      edit.remove(relsPathOf(old.path));
    }
    return { target, oldPath: old?.path };
  });
  const tables = edit.tables();
  // Print titles are a defined name tied to a sheet by its position; openpyxl fails on one whose position it
  // cannot find, as in strict packages (it lists none of their sheets) and in packages whose sheets point
  // at missing parts. There the printed card has its title rows on the first page only.
  const printTitlesSafe = !edit.flavour.strict && parts.sheets.every((s) => s.path !== undefined && zip.has(s.path));
  // Sized for the largest sheet at about 40 bytes a cell, so the buffer seldom grows (each growth copies it).
  const xml = new Utf8Builder(Math.min(1 << 29, Math.max(1 << 20, ...targets.map((t) => t.model.rows.length * modelWidth(t.model) * 40))));
  for (const { target, oldPath } of placed) {
    const path = oldPath ?? edit.addSheet(target.name, WORKSHEET_TYPE);
    const range = tableRange(target.model);
    let relId: string | undefined;
    if (range && target.model.table) {
      const tablePath = edit.freePath(`${edit.dir}tables/table`, ".xml");
      edit.put(tablePath, tableXml(tables.nextId(), tables.freeName(target.model.table.name), range, edit.flavour), TABLE_TYPE);
      relId = "rId1";
      edit.put(relsPathOf(path), relsXml([{ id: relId, type: "table", target: relativeTo(path, tablePath) }], edit.flavour));
    }
    // Deflated at once, so one buffer serves every sheet and no sheet's XML outlives its turn.
    edit.put(path, deflatePart(sheetXml(target.model, styles, range, relId, edit.flavour, xml), codec), oldPath ? undefined : WORKSHEET_TYPE);
    const repeat = target.model.print?.repeatRows;
    if (repeat && printTitlesSafe) edit.editWorkbook((xml) => withPrintTitles(xml, target.name, repeat));
  }
  edit.put(stylesPath, styles.toXml());
  const bytes = writeZip(edit.zipParts(), zip, codec);
  return { bytes, written: targets.map((t) => t.name), renamed };
}

/** A grid's values from A1, as readUserValues takes them. */
function gridRows(grid: SheetGrid): CellValue[][] {
  const pad = (row: CellValue[]) => [...Array<CellValue>(grid.left).fill(null), ...row];
  return [...Array.from({ length: grid.top }, () => []), ...grid.values.map(pad)];
}

/** The workbook's sheets, with A2 (and the whole grid) read only for those whose name an output sheet could take. */
function existingSheets(zip: ZipPackage, parts: ReturnType<typeof readWorkbookParts>, models: OutputSheet[]): (ExistingSheet & { grid?: SheetGrid })[] {
  const wanted = new Set(models.flatMap((m) => candidateNames(m.name).map((n) => n.toLowerCase())));
  const clashing = parts.sheets.filter((s) => wanted.has(s.name.toLowerCase()));
  const ctx = clashing.some((s) => s.kind === "worksheet") ? sheetContext(zip, parts) : undefined;
  return parts.sheets.map((s) => {
    if (!ctx || !wanted.has(s.name.toLowerCase()) || s.kind !== "worksheet" || !s.path) return { name: s.name, a2: null };
    const grid = readSheetXml(s.name, zip.text(s.path) ?? "", ctx);
    const a2 = cellAt(grid, 1, 0);
    return { name: s.name, a2, ...(isAddinSheet(a2) ? { grid } : {}) };
  });
}

export function relsXml(rels: { id: string; type: string; target: string }[], flavour: Flavour): string {
  const items = rels.map((r) => `<Relationship Id="${r.id}" Type="${relType(flavour, r.type)}" Target="${escapeXml(r.target)}"/>`);
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="${PACKAGE_RELS_NS}">${items.join("")}</Relationships>`;
}

/** A target relative to the part that points at it: xl/worksheets/sheet5.xml -> xl/tables/table2.xml is ../tables/table2.xml. */
export function relativeTo(fromPart: string, toPart: string): string {
  const from = fromPart.split("/").slice(0, -1);
  const to = toPart.split("/");
  let i = 0;
  while (i < from.length && i < to.length - 1 && from[i] === to[i]) i++;
  return [...from.slice(i).map(() => ".."), ...to.slice(i)].join("/");
}
