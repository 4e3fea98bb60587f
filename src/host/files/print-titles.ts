import { closeOf, type Tag } from "./xml-scan";
import { appendInside, prefixOf, removeElement, rootOf } from "./xml-splice";
import { escapeXml } from "./xml";

const PRINT_TITLES = "_xlnm.Print_Titles";

/**
 * The workbook part with the sheet's rows repeated at the top of every printed page: a defined name
 * _xlnm.Print_Titles scoped to the sheet by its position (ECMA-376 Part 1, 18.2.5 definedName,
 * localSheetId). An earlier one for that position is replaced, so a rebuild never doubles it. Every
 * edit goes through the namespace-aware scan (xml-scan.ts): the new elements take the workbook
 * element's own prefix, so they are in its namespace in transitional, strict and prefixed parts alike.
 */
export function withPrintTitles(workbookXml: string, sheetName: string, rows: { from: number; to: number }): string {
  const index = sheetIndex(workbookXml, sheetName);
  if (index < 0) return workbookXml;
  let xml = withoutStaleTitles(workbookXml, index);
  const { tags, root } = rootOf(xml);
  const p = prefixOf(root);
  const ref = `'${sheetName.replace(/'/g, "''")}'!$${rows.from + 1}:$${rows.to + 1}`;
  const name = `<${p}definedName name="${PRINT_TITLES}" localSheetId="${index}">${escapeXml(ref)}</${p}definedName>`;
  const names = childrenOf(tags, root, "definedNames")[0];
  if (names) return appendInside(xml, tags, names, name);
  // definedNames follows sheets, functionGroups and externalReferences (CT_Workbook's sequence).
  const before = ["externalReferences", "functionGroups", "sheets"].map((local) => childrenOf(tags, root, local)[0]).find(Boolean);
  if (!before) return workbookXml;
  const at = closeOf(tags, before).end;
  xml = xml.slice(0, at) + `<${p}definedNames>${name}</${p}definedNames>` + xml.slice(at);
  return xml;
}

/** The sheet's position among the workbook's sheets (what localSheetId counts), or -1. */
function sheetIndex(xml: string, sheetName: string): number {
  const { tags, root } = rootOf(xml);
  const sheets = childrenOf(tags, root, "sheets")[0];
  if (!sheets) return -1;
  return childrenOf(tags, sheets, "sheet").findIndex((t) => t.attrs.get("name") === sheetName);
}

/** The part without an earlier print-titles name for that position (removed last to first, so offsets hold). */
function withoutStaleTitles(xml: string, index: number): string {
  const { tags, root } = rootOf(xml);
  const names = childrenOf(tags, root, "definedNames")[0];
  if (!names) return xml;
  const stale = childrenOf(tags, names, "definedName").filter(
    (t) => t.attrs.get("name")?.toLowerCase() === PRINT_TITLES.toLowerCase() && t.attrs.get("localSheetId") === String(index),
  );
  return stale.reverse().reduce((out, tag) => removeElement(out, tags, tag), xml);
}

/** Child elements of `parent` with this local name, in the parent's namespace (start tags only). */
function childrenOf(tags: Tag[], parent: Tag, local: string): Tag[] {
  const end = closeOf(tags, parent).start;
  return tags.filter((t) => t.kind !== "close" && t.depth === parent.depth + 1 && t.start > parent.start && t.start < end && t.local === local && t.ns === parent.ns);
}
