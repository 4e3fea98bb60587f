import { readFileSync } from "node:fs";
import { join } from "node:path";
import { nodeCodec } from "../../src/host/files/node-codec";
import { ZipPackage } from "../../src/host/files/zip-read";
import { writeZip, type ZipPart } from "../../src/host/files/zip-write";

const enc = new TextEncoder();
const part = (name: string, text: string | Uint8Array): ZipPart => ({ name, data: typeof text === "string" ? enc.encode(text) : text });

const CT = (sheets: number) =>
  `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>${Array.from({ length: sheets }, (_, i) => `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`).join("")}</Types>`;
const ROOT_RELS = `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>`;

/** A bare .xlsx package (no styles, no shared strings) whose sheets are given as sheetData XML. */
export function packageOf(sheets: { name: string; sheetData: string; extra?: string }[]): Uint8Array {
  const wb = `<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>${sheets.map((s, i) => `<sheet name="${s.name}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`).join("")}</sheets></workbook>`;
  const rels = `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${sheets.map((_, i) => `<Relationship Id="rId${i + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`).join("")}</Relationships>`;
  return writeZip(
    [
      part("[Content_Types].xml", CT(sheets.length)), part("_rels/.rels", ROOT_RELS), part("xl/workbook.xml", wb), part("xl/_rels/workbook.xml.rels", rels),
      ...sheets.map((s, i) => part(`xl/worksheets/sheet${i + 1}.xml`, `<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${s.sheetData}</sheetData>${s.extra ?? ""}</worksheet>`)),
    ],
    undefined,
    nodeCodec,
  );
}

const str = (ref: string, s: string) => `<c r="${ref}" t="inlineStr"><is><t>${s}</t></is></c>`;
const num = (ref: string, n: number) => `<c r="${ref}"><v>${n}</v></c>`;

/** A small clean plan: Arden, two schemes. */
export function planRows(): string {
  const head = ["Ref", "Scheme name", "Workstream", "RAG", "2011/12", "2012/13", "2013/14", "2014/15"];
  const cols = "ABCDEFGH";
  const rows = [
    `<row r="1">${str("A1", "Organisation:")}${str("B1", "Arden")}</row>`,
    `<row r="2">${head.map((h, i) => str(`${cols[i]}2`, h)).join("")}</row>`,
    `<row r="3">${str("A3", "A1")}${str("B3", "One")}${str("C3", "Right Care")}${str("D3", "G")}${[1.5, 2, 3, 4].map((n, i) => num(`${cols[i + 4]}3`, n)).join("")}</row>`,
    `<row r="4">${str("A4", "A2")}${str("B4", "Two")}${str("C4", "Safe Care")}${str("D4", "A")}${[1, 1, 1, 1].map((n, i) => num(`${cols[i + 4]}4`, n)).join("")}</row>`,
  ];
  return rows.join("");
}

/** Hostile and odd files, made here: name -> bytes. */
export function hostileFiles(): Record<string, Uint8Array> {
  const sample = readFileSync(join(__dirname, "../../samples/clean-plan.xlsx"));
  const million: string[] = [];
  for (let r = 1; r <= 1_048_576; r++) million.push(`<row r="${r}"><c r="A${r}"><v>${r}</v></c></row>`);
  const merges: string[] = [];
  for (let i = 0; i < 100_000; i++) merges.push(`<mergeCell ref="A${2 * i + 10}:B${2 * i + 10}"/>`);
  return {
    "empty.xlsx": new Uint8Array(0),
    "random-bytes.xlsx": Uint8Array.from({ length: 5000 }, (_, i) => (i * 7919 + 13) % 251),
    "truncated.xlsx": new Uint8Array(sample.subarray(0, Math.floor(sample.length / 2))),
    "text-as.xlsx": enc.encode("this is not a workbook\n"),
    "pdf.xls": enc.encode("%PDF-1.4\n%\u00e2\u00e3\n1 0 obj\n"),
    "zip-of-notes.xlsx": writeZip([part("notes.txt", "hello")], undefined, nodeCodec),
    "no-plan.xlsx": packageOf([{ name: "Notes", sheetData: `<row r="1">${str("A1", "Nothing to see")}</row>` }]),
    "plan.xlsx": packageOf([{ name: "Arden", sheetData: planRows() }]),
    "stray-xfd1048576.xlsx": packageOf([{ name: "Arden", sheetData: planRows() + `<row r="1048576">${str("XFD1048576", "stray")}</row>` }]),
    "million-rows.xlsx": packageOf([{ name: "Big", sheetData: million.join("") }]),
    "100k-merges.xlsx": packageOf([{ name: "Arden", sheetData: planRows(), extra: `<mergeCells count="100000">${merges.join("")}</mergeCells>` }]),
    "zip-bomb.xlsx": zipBomb(),
    "plan.csv": enc.encode("Organisation:,Arden\nRef,Scheme name,Workstream,RAG,2011/12,2012/13,2013/14,2014/15\nA1,One,Right Care,G,1.5,2,3,4\nA2,=HYPERLINK(\"http://x\"),Safe Care,A,1,1,1,1\n"),
    "bad-cells.xlsx": packageOf([{ name: "Arden", sheetData: `<row r="1"><c r="A1" t="s"><v>99</v></c><c r="B1" t="n"><v>abc</v></c><c r="ZZZZ1"><v>1</v></c><c><v>2</v></c></row><row><c r="A0"><v>3</v></c></row>` }]),
  };
}

/** A valid package whose one sheet inflates to 300 MB (about 300 KB on disk). */
function zipBomb(): Uint8Array {
  const sheet = new Uint8Array(300 * 1024 * 1024).fill(0x20);
  const head = enc.encode('<?xml version="1.0"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>');
  const tail = enc.encode("</sheetData></worksheet>");
  sheet.set(head, 0);
  sheet.set(tail, sheet.length - tail.length);
  const plain = packageOf([{ name: "Arden", sheetData: "" }]);
  const zip = new ZipPackage(plain, nodeCodec);
  return writeZip(zip.entries.map((e) => (e.name === "xl/worksheets/sheet1.xml" ? part(e.name, sheet) : { name: e.name, copy: e })), zip, nodeCodec);
}
