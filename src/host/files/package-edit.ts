import type { WorkbookParts } from "./ooxml-parts";
import { parseRels, relsPathOf, resolveTarget } from "./rels";
import { attr, elements, escapeXml } from "./xml";
import type { ZipPackage } from "./zip-read";
import type { ZipPart } from "./zip-write";

const REL_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const EMPTY_RELS = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"></Relationships>';
const encoder = new TextEncoder();

/** The edits to a package: parts put or removed, and the workbook, its relationships and content types kept in step. */
export class PackageEdit {
  private workbookXml: string;
  private workbookRels: string;
  private contentTypes: string;
  private readonly relsPath: string;
  private readonly dir: string;
  private readonly changed = new Map<string, string>();
  private readonly removed = new Set<string>();
  private readonly added: string[] = [];

  constructor(
    private readonly zip: ZipPackage,
    private readonly parts: WorkbookParts,
  ) {
    this.workbookXml = parts.workbookXml;
    this.relsPath = relsPathOf(parts.workbookPath);
    this.workbookRels = zip.text(this.relsPath) ?? EMPTY_RELS;
    this.contentTypes = zip.text("[Content_Types].xml") ?? "";
    this.dir = parts.workbookPath.split("/").slice(0, -1).join("/");
  }

  /** The path of the workbook's part with a relationship of this type, when it exists. */
  partOfType(type: RegExp): string | undefined {
    const rel = parseRels(this.workbookRels).find((r) => type.test(r.type) && !r.external);
    const path = rel && resolveTarget(this.parts.workbookPath, rel.target);
    return path && this.zip.has(path) ? path : undefined;
  }

  addWorkbookPart(file: string, relType: string, contentType: string): string {
    const path = this.dir ? `${this.dir}/${file}` : file;
    this.addRel(relType, file);
    this.addOverride(path, contentType);
    return path;
  }

  /** A new worksheet at the end of the tab order; its path. */
  addSheet(name: string, contentType: string): string {
    const path = this.freePath(`${this.dir ? this.dir + "/" : ""}worksheets/sheet`, ".xml");
    const relId = this.addRel("worksheet", path.slice(this.dir ? this.dir.length + 1 : 0));
    this.addOverride(path, contentType);
    const sheetIds = elements(this.workbookXml, "sheet").map((a) => Number(attr(a, "sheetId") ?? 0));
    const sheetId = Math.max(0, ...sheetIds) + 1;
    const ns = new RegExp(`xmlns:([\\w.-]+)="${REL_NS}"`).exec(this.workbookXml);
    const prefix = /<([\w.-]+:)?sheets\b/.exec(this.workbookXml)?.[1] ?? "";
    const rAttr = ns ? `${ns[1]}:id` : `xmlns:r="${REL_NS}" r:id`;
    const element = `<${prefix}sheet name="${escapeXml(name)}" sheetId="${sheetId}" ${rAttr.replace(/:id$/, ":id")}="${relId}"/>`;
    const close = this.workbookXml.indexOf(`</${prefix}sheets>`);
    if (close < 0) throw new Error("the workbook part has no list of sheets");
    this.workbookXml = this.workbookXml.slice(0, close) + element + this.workbookXml.slice(close);
    return path;
  }

  renameSheet(relId: string, name: string): void {
    this.workbookXml = this.workbookXml.replace(/<([\w.-]+:)?sheet\s[^>]*>/g, (el) =>
      new RegExp(`:id\\s*=\\s*"${relId}"`).test(el) ? el.replace(/\sname\s*=\s*"[^"]*"/, ` name="${escapeXml(name)}"`) : el,
    );
  }

  /** A change to the workbook part itself (print titles: see print-titles.ts). */
  editWorkbook(change: (xml: string) => string): void {
    this.workbookXml = change(this.workbookXml);
  }

  put(path: string, xml: string, contentType?: string): void {
    this.removed.delete(path.toLowerCase());
    if (!this.zip.has(path) && !this.changed.has(path)) this.added.push(path);
    this.changed.set(path, xml);
    if (contentType) this.addOverride(path, contentType);
  }

  remove(path: string): void {
    if (!this.zip.has(path)) return;
    this.removed.add(path.toLowerCase());
    this.contentTypes = this.contentTypes.replace(new RegExp(`<Override\\s[^>]*PartName="/${escapeRe(path)}"[^>]*/>`, "i"), "");
  }

  freePath(prefix: string, ext: string): string {
    for (let n = 1; ; n++) {
      const path = `${prefix}${n}${ext}`;
      if ((!this.zip.has(path) || this.removed.has(path.toLowerCase())) && !this.changed.has(path)) return path;
    }
  }

  /** Table ids and names in use (those of removed parts aside): a new table must differ in both. */
  tables() {
    const existing = this.zip.entries
      .filter((e) => /(^|\/)tables\/[^/]+\.xml$/i.test(e.name))
      .map((e) => {
        const a = elements(this.zip.text(e.name) ?? "", "table")[0] ?? "";
        return { path: e.name.toLowerCase(), id: Number(attr(a, "id") ?? 0), name: (attr(a, "name") ?? "").toLowerCase() };
      });
    // Taken once, after the earlier output tables are removed and before any new one is put.
    const live = existing.filter((t) => !this.removed.has(t.path));
    const taken = new Set(live.map((t) => t.name));
    let id = Math.max(0, ...live.map((t) => t.id));
    return {
      nextId: () => ++id,
      freeName: (wanted: string) => {
        let name = wanted;
        for (let n = 2; taken.has(name.toLowerCase()); n++) name = `${wanted}${n}`;
        taken.add(name.toLowerCase());
        return name;
      },
    };
  }

  /** Every part, in the original order then the new ones: original parts copied unless changed. */
  zipParts(): ZipPart[] {
    if (this.workbookXml !== this.parts.workbookXml) this.changed.set(this.parts.workbookPath, this.workbookXml);
    if (this.workbookRels !== (this.zip.text(this.relsPath) ?? EMPTY_RELS) || !this.zip.has(this.relsPath)) this.setText(this.relsPath, this.workbookRels);
    if (this.contentTypes !== (this.zip.text("[Content_Types].xml") ?? "")) this.setText("[Content_Types].xml", this.contentTypes);
    const out: ZipPart[] = [];
    for (const entry of this.zip.entries) {
      if (this.removed.has(entry.name.toLowerCase())) continue;
      const text = this.changedText(entry.name);
      out.push(text === undefined ? { name: entry.name, copy: entry } : { name: entry.name, data: encoder.encode(text) });
    }
    for (const path of this.added) out.push({ name: path, data: encoder.encode(this.changed.get(path) ?? "") });
    return out;
  }

  private setText(path: string, xml: string): void {
    if (!this.zip.has(path) && !this.changed.has(path)) this.added.push(path);
    this.changed.set(path, xml);
  }

  private changedText(name: string): string | undefined {
    for (const [path, xml] of this.changed) if (path.toLowerCase() === name.toLowerCase()) return xml;
    return undefined;
  }

  private addRel(type: string, target: string): string {
    const ids = new Set(parseRels(this.workbookRels).map((r) => r.id));
    let n = ids.size + 1;
    while (ids.has(`rId${n}`)) n++;
    const id = `rId${n}`;
    const rel = `<Relationship Id="${id}" Type="${REL_NS}/${type}" Target="${escapeXml(target)}"/>`;
    this.workbookRels = this.workbookRels.replace(/<\/(?:[\w.-]+:)?Relationships>\s*$/, (close) => rel + close);
    return id;
  }

  private addOverride(path: string, contentType: string): void {
    if (new RegExp(`PartName="/${escapeRe(path)}"`, "i").test(this.contentTypes)) return;
    this.contentTypes = this.contentTypes.replace(/<\/(?:[\w.-]+:)?Types>\s*$/, (close) => `<Override PartName="/${escapeXml(path)}" ContentType="${contentType}"/>${close}`);
  }
}

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
