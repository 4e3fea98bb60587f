import { strToU8, zipSync } from "fflate";
import { addSheetsToPackage } from "../../src/host/files/add-sheets";
import { nodeCodec } from "../../src/host/files/node-codec";
import { readWorkbookParts } from "../../src/host/files/ooxml-parts";
import { parseRels, relsPathOf } from "../../src/host/files/rels";
import { ZipPackage } from "../../src/host/files/zip-read";
import type { OutputSheet } from "../../src/core/report/model";
import { xmlErrors } from "../support/output-checks";

const T_MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const T_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const S_MAIN = "http://purl.oclc.org/ooxml/spreadsheetml/main";
const S_REL = "http://purl.oclc.org/ooxml/officeDocument/relationships";
const PKG = "http://schemas.openxmlformats.org/package/2006/relationships";
const CT = "application/vnd.openxmlformats-officedocument.spreadsheetml";

const sheet: OutputSheet = { name: "QIPP Validation", rows: [[{ value: "Severity", bold: true }], [{ value: "Error" }]], columnWidths: [12], freezeRows: 1, table: { name: "QIPP_Findings", headerRow: 0 } } as unknown as OutputSheet;

/** A small package: the workbook part's text as given, one user sheet, styles as given. */
function pkg(o: { workbook: string; rels?: string; styles?: string; wbPath?: string; rel?: string; extra?: Record<string, string>; overrides?: string; encode?: (s: string) => Uint8Array }) {
  const wbPath = o.wbPath ?? "xl/workbook.xml";
  const dir = wbPath.includes("/") ? wbPath.slice(0, wbPath.lastIndexOf("/") + 1) : "";
  const rel = o.rel ?? T_REL;
  const files: Record<string, Uint8Array> = {
    "[Content_Types].xml": strToU8(`<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/${wbPath}" ContentType="${CT}.sheet.main+xml"/><Override PartName="/${dir}worksheets/sheet1.xml" ContentType="${CT}.worksheet+xml"/>${o.overrides ?? ""}</Types>`),
    "_rels/.rels": strToU8(`<?xml version="1.0"?><Relationships xmlns="${PKG}"><Relationship Id="rId1" Type="${rel}/officeDocument" Target="${wbPath}"/></Relationships>`),
    [wbPath]: (o.encode ?? strToU8)(o.workbook),
    [relsPathOf(wbPath)]: strToU8(o.rels ?? `<?xml version="1.0"?><Relationships xmlns="${PKG}"><Relationship Id="rId1" Type="${rel}/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="${rel}/styles" Target="styles.xml"/></Relationships>`),
    [`${dir}worksheets/sheet1.xml`]: strToU8(`<?xml version="1.0"?><worksheet xmlns="${rel === S_REL ? S_MAIN : T_MAIN}"><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>user</t></is></c></row></sheetData></worksheet>`),
    [`${dir}styles.xml`]: strToU8(o.styles ?? `<?xml version="1.0"?><styleSheet xmlns="${rel === S_REL ? S_MAIN : T_MAIN}"/>`),
    ...Object.fromEntries(Object.entries(o.extra ?? {}).map(([k, v]) => [k, strToU8(v)])),
  };
  return zipSync(files);
}

/** Rolls up the package and checks what any reader would: every changed part namespace-well-formed, the new sheet listed and pointing at a new part. */
function rollup(input: Uint8Array) {
  const before = new ZipPackage(input, nodeCodec);
  const { bytes } = addSheetsToPackage(input, [sheet], nodeCodec);
  const after = new ZipPackage(bytes, nodeCodec);
  for (const e of after.entries) {
    const old = before.entry(e.name);
    if (old && Buffer.compare(Buffer.from(before.read(e.name)!), Buffer.from(after.read(e.name)!)) === 0) continue;
    expect({ part: e.name, errors: xmlErrors(after.text(e.name)!) }).toEqual({ part: e.name, errors: [] });
  }
  const parts = readWorkbookParts(after);
  const added = parts.sheets.find((s) => s.name === "QIPP Validation")!;
  expect(added.kind).toBe("worksheet");
  expect(before.has(added.path!)).toBe(false);
  expect(parts.sheets.filter((s) => s.relId === added.relId)).toHaveLength(1);
  return { after, parts, added };
}

describe("package edits are namespace-correct by construction", () => {
  it("xmlns:r declared only on each <sheet> (openpyxl, umya): the new <sheet> declares its own", () => {
    const { after } = rollup(pkg({ workbook: `<workbook xmlns="${T_MAIN}"><sheets><sheet xmlns:r="${T_REL}" name="Plan" sheetId="1" r:id="rId1"/></sheets></workbook>` }));
    expect(after.text("xl/workbook.xml")).toMatch(new RegExp(`<sheet name="QIPP Validation" sheetId="2" xmlns:r="${T_REL}" r:id="rId3"/>`));
  });

  it("relationships under another prefix, elements prefixed (calamine's nonstandard prefix): the document's own prefixes are used", () => {
    const { after } = rollup(pkg({ workbook: `<x:workbook xmlns:x="${T_MAIN}" xmlns:ns="${T_REL}"><x:sheets><x:sheet name="Plan" sheetId="1" ns:id="rId1"/></x:sheets></x:workbook>` }));
    expect(after.text("xl/workbook.xml")).toContain(`<x:sheet name="QIPP Validation" sheetId="2" ns:id="rId3"/></x:sheets>`);
  });

  it("a self-closed <sheets/> and <styleSheet/> are opened up, the added entries inside them", () => {
    const { after, parts } = rollup(pkg({ workbook: `<workbook xmlns="${T_MAIN}" xmlns:r="${T_REL}"><sheets/></workbook>` }));
    expect(parts.sheets.map((s) => s.name)).toEqual(["QIPP Validation"]);
    expect(after.text("xl/styles.xml")).toMatch(/^<\?xml[^>]*>\s*<styleSheet [^>]*>[\s\S]*<cellXfs count="\d+">[\s\S]*<\/styleSheet>$/);
  });

  it("Strict OOXML: relationship types, r:id namespace, sheet and table parts all strict", () => {
    const { after, added } = rollup(pkg({ rel: S_REL, workbook: `<workbook xmlns="${S_MAIN}" xmlns:r="${S_REL}" conformance="strict"><sheets><sheet name="Plan" sheetId="1" r:id="rId1"/></sheets></workbook>` }));
    const text = [...after.entries].map((e) => (/\.(xml|rels)$/.test(e.name) ? after.text(e.name)! : "")).join("\n");
    expect(text).not.toContain("schemas.openxmlformats.org/officeDocument/2006/relationships");
    expect(text).not.toContain(T_MAIN);
    expect(parseRels(after.text("xl/_rels/workbook.xml.rels")).find((r) => r.id === added.relId)!.type).toBe(`${S_REL}/worksheet`);
  });

  it("dangling relationships and ids used by <sheet> without a relationship: new ids and part names are truly free", () => {
    const rels = `<Relationships xmlns="${PKG}"><Relationship Id="rId1" Type="${T_REL}/worksheet" Target="worksheets/sheet2.xml"/></Relationships>`;
    const input = pkg({ rels, workbook: `<workbook xmlns="${T_MAIN}" xmlns:r="${T_REL}"><sheets><sheet name="A" sheetId="1" r:id="rId2"/><sheet name="B" sheetId="2" r:id="rId3"/></sheets></workbook>`, overrides: `<Override PartName="/xl/worksheets/sheet3.xml" ContentType="${CT}.worksheet+xml"/>` });
    const { added, after } = rollup(input);
    expect(["rId1", "rId2", "rId3"]).not.toContain(added.relId);
    expect(added.path).toBe("xl/worksheets/sheet4.xml");
    expect(after.text("xl/worksheets/sheet1.xml")).toContain("user");
  });

  it("a workbook part in UTF-16 is read and written back as UTF-8, its declaration saying so", () => {
    const xml = `<?xml version="1.0" encoding="UTF-16" standalone="yes"?><workbook xmlns="${T_MAIN}" xmlns:r="${T_REL}"><sheets><sheet name="Plan" sheetId="1" r:id="rId1"/></sheets></workbook>`;
    const utf16be = (s: string) => Uint8Array.from([0xfe, 0xff, ...[...s].flatMap((c) => [c.charCodeAt(0) >> 8, c.charCodeAt(0) & 255])]);
    const { after, parts } = rollup(pkg({ workbook: xml, encode: utf16be }));
    expect(parts.sheets.map((s) => s.name)).toEqual(["Plan", "QIPP Validation"]);
    expect(after.text("xl/workbook.xml")).toMatch(/^<\?xml version="1.0" encoding="UTF-8"/);
  });

  it("a workbook part at the package root (_rels/.rels says where): sheets and tables beside it", () => {
    const { added, after } = rollup(pkg({ wbPath: "workbook.xml", workbook: `<workbook xmlns="${T_MAIN}" xmlns:r="${T_REL}"><sheets><sheet name="Plan" sheetId="1" r:id="rId1"/></sheets></workbook>` }));
    expect(added.path).toBe("worksheets/sheet2.xml");
    expect(after.entries.map((e) => e.name)).toContain("tables/table1.xml");
  });

  it("a workbook part whose prefixes are unbound is refused in words, not edited by guesswork", () => {
    const input = pkg({ workbook: `<workbook xmlns="${T_MAIN}"><sheets><sheet name="Plan" sheetId="1" r:id="rId1"/></sheets></workbook>` });
    expect(() => addSheetsToPackage(input, [sheet], nodeCodec)).toThrow(/^the workbook part is not well-formed XML \(prefix r of attribute r:id is not declared\): open it in Excel/);
  });
});
