import type { SheetGrid } from "../../core/grid";
import { LIMITS } from "./limits";
import { readDateStyles, readSharedStrings, readWorkbookParts, type WorkbookParts } from "./ooxml-parts";
import { parseRels, relsPathOf, resolveTarget } from "./rels";
import { readSheetXml, type SheetContext } from "./sheet-xml";
import type { ZipPackage } from "./zip-read";

export interface OoxmlRead {
  parts: WorkbookParts;
  sheets: SheetGrid[];
}

/** Every worksheet of an .xlsx/.xlsm package as a grid of values (chart sheets have none). */
export function readOoxml(zip: ZipPackage, only?: (name: string) => boolean): OoxmlRead {
  const parts = readWorkbookParts(zip);
  const ctx = sheetContext(zip, parts);
  const sheets: SheetGrid[] = [];
  for (const entry of parts.sheets) {
    if (entry.kind !== "worksheet" || !entry.path || (only && !only(entry.name))) continue;
    const xml = zip.text(entry.path);
    if (xml === undefined) continue;
    sheets.push(readSheetXml(entry.name, xml, ctx));
  }
  return { parts, sheets };
}

export function sheetContext(zip: ZipPackage, parts: WorkbookParts): SheetContext {
  const rels = parseRels(zip.text(relsPathOf(parts.workbookPath)));
  const target = (suffix: RegExp, fallback: string) => {
    const rel = rels.find((r) => suffix.test(r.type));
    return rel ? resolveTarget(parts.workbookPath, rel.target) : fallback;
  };
  return {
    sharedStrings: readSharedStrings(zip.text(target(/\/sharedStrings$/, "xl/sharedStrings.xml"))),
    dateStyles: readDateStyles(zip.text(target(/\/styles$/, "xl/styles.xml"))),
    date1904: parts.date1904,
    budget: { cells: LIMITS.cells },
  };
}
