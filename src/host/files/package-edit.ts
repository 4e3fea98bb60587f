import type { WorkbookParts } from "./ooxml-parts";
import { flavourOfNs, isRelNs, PACKAGE_RELS_NS, relType, type Flavour } from "./ooxml-ns";
import { freeRelId, takenPartNames } from "./package-names";
import { parseRels, relsPathOf, resolveTarget } from "./rels";
import { attr, elements, escapeXml } from "./xml";
import { utf8Declaration } from "./xml-scan";
import { appendInside, prefixOf, removeElement, rootOf, setAttribute } from "./xml-splice";
import { unreadable, SAVE_AGAIN } from "./errors";
import type { ZipPackage } from "./zip-read";
import type { DeflatedPart, ZipPart } from "./zip-write";

const EMPTY_RELS = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="${PACKAGE_RELS_NS}"></Relationships>`;
const encoder = new TextEncoder();

/**
 * The edits to a package: parts put or removed, and the workbook, its relationships and content
 * types kept in step. Every edit goes through a namespace-aware scan of the part (xml-scan.ts):
 * an added element uses its parent's prefix and declares any other prefix it uses on itself, so
 * it means the same whatever prefixes the document chose; ids and part names are taken only when free.
 */
export class PackageEdit {
  readonly flavour: Flavour;
  /** The workbook part's folder with a trailing slash ("" at the package root). */
  readonly dir: string;
  private workbookXml: string;
  private workbookRels: string;
  private contentTypes: string;
  private readonly relsPath: string;
  /** New contents: text (declaration made UTF-8 on the way out) or a worksheet deflated as soon as it was built. */
  private readonly changed = new Map<string, string | DeflatedPart>();
  private readonly removed = new Set<string>();
  private readonly added: string[] = [];
  private taken?: Set<string>;

  constructor(
    private readonly zip: ZipPackage,
    private readonly parts: WorkbookParts,
  ) {
    this.workbookXml = parts.workbookXml;
    this.relsPath = relsPathOf(parts.workbookPath);
    this.workbookRels = zip.text(this.relsPath) ?? EMPTY_RELS;
    this.contentTypes = zip.text("[Content_Types].xml") ?? "";
    this.dir = parts.workbookPath.includes("/") ? parts.workbookPath.slice(0, parts.workbookPath.lastIndexOf("/") + 1) : "";
    this.flavour = flavourOfNs(this.workbookRoot().root.ns);
  }

  /** The path of the workbook's part with a relationship of this type, when it exists. */
  partOfType(type: RegExp): string | undefined {
    const rel = parseRels(this.workbookRels).find((r) => type.test(r.type) && !r.external);
    const path = rel && resolveTarget(this.parts.workbookPath, rel.target);
    return path && this.zip.has(path) ? path : undefined;
  }

  /** A new part beside the workbook part, related to it; its path (a free name near the one asked for). */
  addWorkbookPart(base: string, relType: string, contentType: string): string {
    const path = this.freePath(`${this.dir}${base}`, ".xml", "");
    this.addRel(relType, path.slice(this.dir.length));
    this.addOverride(path, contentType);
    return path;
  }

  /** A new worksheet at the end of the tab order; its path. */
  addSheet(name: string, contentType: string): string {
    const path = this.freePath(`${this.dir}worksheets/sheet`, ".xml");
    const relId = this.addRel("worksheet", path.slice(this.dir.length));
    this.addOverride(path, contentType);
    const { tags, root } = this.workbookRoot();
    const sheets = tags.find((t) => t.depth === 1 && t.kind !== "close" && t.local === "sheets" && t.ns === root.ns);
    if (!sheets) throw unreadable("the workbook has no list of sheets", SAVE_AGAIN);
    const sheetIds = tags.filter((t) => t.kind !== "close" && t.local === "sheet" && t.ns === root.ns).map((t) => Number(t.attrs.get("sheetId") ?? 0));
    const sheetId = Math.max(0, ...sheetIds.filter(Number.isFinite)) + 1;
    // The document's own prefix for the relationships namespace when it has one in scope, else ours, declared here.
    const own = [...sheets.scope].find(([p, ns]) => p && p !== sheets.prefix && ns === this.flavour.rel)?.[0];
    const r = own ?? (sheets.prefix === "r" ? "rel" : "r");
    const declare = own ? "" : ` xmlns:${r}="${this.flavour.rel}"`;
    const element = `<${prefixOf(sheets)}sheet name="${escapeXml(name)}" sheetId="${sheetId}"${declare} ${r}:id="${relId}"/>`;
    this.workbookXml = appendInside(this.workbookXml, tags, sheets, element);
    return path;
  }

  renameSheet(relId: string, name: string): void {
    const { tags, root } = this.workbookRoot();
    const sheet = tags.find((t) => t.kind !== "close" && t.local === "sheet" && t.ns === root.ns && [...t.attrNs].some(([k, v]) => v === relId && k.endsWith("|id") && isRelNs(k.slice(0, -3))));
    if (sheet) this.workbookXml = setAttribute(this.workbookXml, sheet, "name", escapeXml(name));
  }

  /** A change to the workbook part itself (print titles: see print-titles.ts). */
  editWorkbook(change: (xml: string) => string): void {
    this.workbookXml = change(this.workbookXml);
  }

  put(path: string, xml: string | DeflatedPart, contentType?: string): void {
    this.removed.delete(path.toLowerCase());
    if (!this.zip.has(path) && !this.changed.has(path)) this.added.push(path);
    this.changed.set(path, xml);
    this.taken?.add(path.toLowerCase());
    if (contentType) this.addOverride(path, contentType);
  }

  remove(path: string): void {
    if (!this.zip.has(path)) return;
    this.removed.add(path.toLowerCase());
    const { tags } = scan(this.contentTypes, "[Content_Types].xml");
    const override = tags.find((t) => t.kind !== "close" && t.local === "Override" && t.attrs.get("PartName")?.toLowerCase() === `/${path.toLowerCase()}`);
    if (override) this.contentTypes = removeElement(this.contentTypes, tags, override);
  }

  /** The first name prefix + n + ext no part, override or relationship uses (a part we removed is free again). */
  freePath(prefix: string, ext: string, first: number | "" = 1): string {
    this.taken ??= takenPartNames(this.zip, this.overrides(), (p) => this.removed.has(p.toLowerCase()));
    for (let n: number | "" = first; ; n = n === "" ? 1 : n + 1) {
      const path = `${prefix}${n}${ext}`;
      const lower = path.toLowerCase();
      if ((!this.taken.has(lower) || this.removed.has(lower)) && !this.changedText(path)) {
        this.taken.add(lower);
        return path;
      }
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
    let id = Math.max(0, ...live.map((t) => t.id).filter(Number.isFinite));
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
      out.push(text === undefined ? { name: entry.name, copy: entry } : newPart(entry.name, text));
    }
    for (const path of this.added) out.push(newPart(path, this.changed.get(path) ?? ""));
    return out;
  }

  private workbookRoot() {
    return scan(this.workbookXml, "the workbook part");
  }

  private overrides(): string[] {
    return scan(this.contentTypes, "[Content_Types].xml").tags.filter((t) => t.kind !== "close" && t.local === "Override").map((t) => t.attrs.get("PartName") ?? "");
  }

  private setText(path: string, xml: string): void {
    if (!this.zip.has(path) && !this.changed.has(path)) this.added.push(path);
    this.changed.set(path, xml);
  }

  private changedText(name: string): string | DeflatedPart | undefined {
    for (const [path, xml] of this.changed) if (path.toLowerCase() === name.toLowerCase()) return xml;
    return undefined;
  }

  private addRel(type: string, target: string): string {
    const { tags, root } = scan(this.workbookRels, "the workbook's relationships");
    // Ids the workbook part already uses count too: its relationships may be missing or dangling.
    const used = new Set([...parseRels(this.workbookRels).map((r) => r.id), ...this.workbookRelIds()]);
    const id = freeRelId(used);
    const rel = `<${prefixOf(root)}Relationship Id="${id}" Type="${relType(this.flavour, type)}" Target="${escapeXml(target)}"/>`;
    this.workbookRels = appendInside(this.workbookRels, tags, root, rel);
    return id;
  }

  private workbookRelIds(): string[] {
    return this.workbookRoot().tags.flatMap((t) => [...t.attrNs].filter(([k]) => k.endsWith("|id") && isRelNs(k.slice(0, -3))).map(([, v]) => v));
  }

  private addOverride(path: string, contentType: string): void {
    const { tags, root } = scan(this.contentTypes, "[Content_Types].xml");
    if (tags.some((t) => t.kind !== "close" && t.local === "Override" && t.attrs.get("PartName")?.toLowerCase() === `/${path.toLowerCase()}`)) return;
    this.contentTypes = appendInside(this.contentTypes, tags, root, `<${prefixOf(root)}Override PartName="/${escapeXml(path)}" ContentType="${contentType}"/>`);
  }
}


function newPart(name: string, content: string | DeflatedPart): ZipPart {
  return typeof content === "string" ? { name, data: encoder.encode(utf8Declaration(content)) } : { name, deflated: content };
}

/** A part scanned for editing; one we cannot read exactly is refused in words, never edited by guesswork. */
function scan(xml: string, what: string) {
  try {
    return rootOf(xml);
  } catch (e) {
    throw unreadable(`${what} is not well-formed XML (${(e as Error).message})`, SAVE_AGAIN);
  }
}
