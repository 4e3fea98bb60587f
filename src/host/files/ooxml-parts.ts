import { unreadable, SAVE_AGAIN } from "./errors";
import { parseRels, relsPathOf, resolveTarget, type Relationship } from "./rels";
import { attr, elements, unescapeXml } from "./xml";
import type { ZipPackage } from "./zip-read";

export interface SheetEntry {
  name: string;
  sheetId: number;
  relId: string;
  /** Zip path of the sheet's part, when its relationship resolves. */
  path?: string;
  kind: "worksheet" | "chartsheet" | "other";
}

export interface WorkbookParts {
  workbookPath: string;
  workbookXml: string;
  rels: Relationship[];
  sheets: SheetEntry[];
  date1904: boolean;
}

const OFFICE_DOCUMENT = /\/officeDocument$/;

export function workbookPathOf(zip: ZipPackage): string | undefined {
  const root = parseRels(zip.text("_rels/.rels")).find((r) => OFFICE_DOCUMENT.test(r.type));
  if (root) return resolveTarget("", root.target);
  return zip.has("xl/workbook.xml") ? "xl/workbook.xml" : undefined;
}

/** The workbook part, its relationships and its sheets in tab order. */
export function readWorkbookParts(zip: ZipPackage): WorkbookParts {
  const workbookPath = workbookPathOf(zip);
  const workbookXml = workbookPath ? zip.text(workbookPath) : undefined;
  if (!workbookPath || workbookXml === undefined) throw unreadable("an Office package with no workbook in it", SAVE_AGAIN);
  const rels = parseRels(zip.text(relsPathOf(workbookPath)));
  const byId = new Map(rels.map((r) => [r.id, r]));
  const sheets = elements(workbookXml, "sheet").map((a): SheetEntry => {
    const relId = relIdOf(a);
    const rel = byId.get(relId);
    const kind = !rel ? "other" : /\/worksheet$/.test(rel.type) ? "worksheet" : /\/chartsheet$/.test(rel.type) ? "chartsheet" : "other";
    return { name: attr(a, "name") ?? "", sheetId: Number(attr(a, "sheetId") ?? 0), relId, path: rel && !rel.external ? resolveTarget(workbookPath, rel.target) : undefined, kind };
  });
  const pr = elements(workbookXml, "workbookPr")[0];
  const d1904 = pr === undefined ? undefined : attr(pr, "date1904");
  return { workbookPath, workbookXml, rels, sheets, date1904: d1904 === "1" || d1904 === "true" };
}

/** The r:id of a <sheet>, whatever prefix the relationships namespace has. */
export function relIdOf(attrs: string): string {
  const m = /(?:^|\s)[A-Za-z_][\w.-]*:id\s*=\s*(?:"([^"]*)"|'([^']*)')/.exec(attrs);
  return m ? unescapeXml(m[1] ?? m[2]) : "";
}

/** The shared strings table: each item's text runs joined, phonetic runs left out. */
export function readSharedStrings(xml: string | undefined): string[] {
  if (!xml) return [];
  const out: string[] = [];
  const item = /<(?:[\w.-]+:)?si(?:\s[^>]*)?(?:\/>|>([\s\S]*?)<\/(?:[\w.-]+:)?si>)/g;
  const text = /<(?:[\w.-]+:)?t(?:\s[^>]*)?(?:\/>|>([\s\S]*?)<\/(?:[\w.-]+:)?t>)/g;
  for (let m = item.exec(xml); m; m = item.exec(xml)) {
    let body = m[1] ?? "";
    if (body.includes("rPh")) body = body.replace(/<(?:[\w.-]+:)?rPh\b[\s\S]*?<\/(?:[\w.-]+:)?rPh>/g, "");
    let s = "";
    text.lastIndex = 0;
    for (let t = text.exec(body); t; t = text.exec(body)) s += t[1] ?? "";
    out.push(unescapeXml(s));
  }
  return out;
}

const BUILTIN_DATES = new Set([14, 15, 16, 17, 18, 19, 20, 21, 22, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 45, 46, 47, 50, 51, 52, 53, 54, 55, 56, 57, 58]);

/** Whether a number format shows a date or time (quoted text, escapes and [colour] blocks aside). */
export function isDateFormat(code: string): boolean {
  const bare = code.replace(/"[^"]*"|\\.|_.|\*./g, "").replace(/\[(?!h\]|m\]|s\])[^\]]*\]/gi, "");
  if (/^general$/i.test(bare.trim())) return false;
  return /[dmyhs]/i.test(bare.split(";")[0]);
}

/** For each cell style index (the s attribute), whether its number format is a date. */
export function readDateStyles(xml: string | undefined): boolean[] {
  if (!xml) return [];
  const custom = new Map<number, string>();
  for (const a of elements(xml, "numFmt")) custom.set(Number(attr(a, "numFmtId")), attr(a, "formatCode") ?? "");
  const cellXfs = /<(?:[\w.-]+:)?cellXfs\b[\s\S]*?<\/(?:[\w.-]+:)?cellXfs>/.exec(xml);
  if (!cellXfs) return [];
  return elements(cellXfs[0], "xf").map((a) => {
    const id = Number(attr(a, "numFmtId") ?? 0);
    const code = custom.get(id);
    return code !== undefined ? isDateFormat(code) : BUILTIN_DATES.has(id);
  });
}
