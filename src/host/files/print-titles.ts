import { attr, elements, escapeXml } from "./xml";

const PRINT_TITLES = "_xlnm.Print_Titles";

/**
 * The workbook part with the sheet's rows repeated at the top of every printed page: a defined name
 * _xlnm.Print_Titles scoped to the sheet by its position (ECMA-376 Part 1, 18.2.5 definedName,
 * localSheetId). An earlier one for that position is replaced, so a rebuild never doubles it. The
 * elements take the prefix the part's own sheets element uses (namespace-correct in strict and
 * prefixed parts alike).
 */
export function withPrintTitles(workbookXml: string, sheetName: string, rows: { from: number; to: number }): string {
  const index = elements(workbookXml, "sheet").findIndex((a) => attr(a, "name") === sheetName);
  if (index < 0) return workbookXml;
  const prefix = /<([\w.-]+:)?sheets\b/.exec(workbookXml)?.[1] ?? "";
  const ref = `'${sheetName.replace(/'/g, "''")}'!$${rows.from + 1}:$${rows.to + 1}`;
  const name = `<${prefix}definedName name="${PRINT_TITLES}" localSheetId="${index}">${escapeXml(ref)}</${prefix}definedName>`;
  const stale = new RegExp(`<([\\w.-]+:)?definedName\\b[^>]*name="${PRINT_TITLES}"[^>]*localSheetId="${index}"[^>]*>[^<]*</([\\w.-]+:)?definedName>`, "g");
  let xml = workbookXml.replace(stale, "");
  const close = xml.indexOf(`</${prefix}definedNames>`);
  if (close >= 0) return xml.slice(0, close) + name + xml.slice(close);
  xml = xml.replace(new RegExp(`<${prefix}definedNames\\s*/>`), "");
  // definedNames follows sheets, functionGroups and externalReferences (CT_Workbook's sequence).
  const after = [`</${prefix}externalReferences>`, `</${prefix}functionGroups>`, `</${prefix}sheets>`].map((t) => ({ t, at: xml.indexOf(t) })).find((x) => x.at >= 0);
  if (!after) return workbookXml;
  const at = after.at + after.t.length;
  return xml.slice(0, at) + `<${prefix}definedNames>${name}</${prefix}definedNames>` + xml.slice(at);
}
