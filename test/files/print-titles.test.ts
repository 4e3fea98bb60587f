import fc from "fast-check";
import { SaxesParser, type SaxesTagNS } from "saxes";
import { withPrintTitles } from "../../src/host/files/print-titles";
import { xmlErrors } from "../support/output-checks";

const T_MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const S_MAIN = "http://purl.oclc.org/ooxml/spreadsheetml/main";
const R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

/** Every definedName, as a namespace-aware parser sees it: its namespace, its attributes and its text. */
function definedNames(xml: string): { ns: string; name: string; localSheetId: string; text: string }[] {
  const found: { ns: string; name: string; localSheetId: string; text: string }[] = [];
  const parser = new SaxesParser({ xmlns: true });
  let open: (typeof found)[number] | undefined;
  parser.on("opentag", (t: SaxesTagNS) => {
    if (t.local === "definedName") open = { ns: t.uri, name: t.attributes.name?.value ?? "", localSheetId: t.attributes.localSheetId?.value ?? "", text: "" };
  });
  parser.on("text", (text) => {
    if (open) open.text += text;
  });
  parser.on("closetag", (t) => {
    if (t.local !== "definedName" || !open) return;
    found.push(open);
    open = undefined;
  });
  parser.write(xml).close();
  return found;
}

const workbook = (o: { prefix?: string; ns?: string; names?: string; tail?: string } = {}) => {
  const p = o.prefix ? `${o.prefix}:` : "";
  const decl = o.prefix ? `xmlns:${o.prefix}="${o.ns ?? T_MAIN}"` : `xmlns="${o.ns ?? T_MAIN}"`;
  return `<?xml version="1.0" encoding="UTF-8"?><${p}workbook ${decl} xmlns:r="${R}"><!-- </${p}sheets> in a comment --><${p}sheets><${p}sheet name="Plan" sheetId="1" r:id="rId1"/><${p}sheet name="QIPP &amp; Report" sheetId="2" r:id="rId2"/></${p}sheets>${o.names ?? ""}${o.tail ?? `<${p}calcPr calcId="0"/>`}</${p}workbook>`;
};

/** Characters an Excel sheet name may hold and XML 1.0 can carry (no controls, no : \\ / ? * [ ]). */
const allowedInSheetName = (ch: string) => ch.charCodeAt(0) >= 0x20 && !":\\/?*[]\uFFFE\uFFFF".includes(ch) && !/[\ud800-\udfff]/.test(ch);

describe("print titles on the workbook part", () => {
  it("adds one name for the sheet's position, in the workbook's own namespace, before calcPr", () => {
    for (const [prefix, ns] of [["", T_MAIN], ["x", T_MAIN], ["", S_MAIN], ["s", S_MAIN]] as const) {
      const xml = withPrintTitles(workbook({ prefix, ns }), "QIPP & Report", { from: 0, to: 2 });
      expect(xmlErrors(xml)).toEqual([]);
      expect(definedNames(xml)).toEqual([{ ns, name: "_xlnm.Print_Titles", localSheetId: "1", text: "'QIPP & Report'!$1:$3" }]);
      expect(xml.indexOf("definedNames")).toBeLessThan(xml.indexOf("calcPr"));
    }
  });

  it("replaces an earlier print-titles name for that position and keeps the user's names", () => {
    const names = `<definedNames><definedName name="Mine">Plan!$A$1</definedName><definedName name="_xlnm.Print_Titles" localSheetId="1">'QIPP &amp; Report'!$1:$9</definedName><definedName name="_xlnm.Print_Titles" localSheetId="0">Plan!$1:$1</definedName></definedNames>`;
    const once = withPrintTitles(workbook({ names }), "QIPP & Report", { from: 0, to: 3 });
    const twice = withPrintTitles(once, "QIPP & Report", { from: 0, to: 3 });
    expect(twice).toBe(once);
    expect(definedNames(twice).map((d) => [d.name, d.localSheetId, d.text])).toEqual([
      ["Mine", "", "Plan!$A$1"],
      ["_xlnm.Print_Titles", "0", "Plan!$1:$1"],
      ["_xlnm.Print_Titles", "1", "'QIPP & Report'!$1:$4"],
    ]);
  });

  it("opens a self-closed definedNames, and leaves the part alone when the sheet is not listed", () => {
    const xml = withPrintTitles(workbook({ prefix: "x", names: "<x:definedNames/>" }), "Plan", { from: 1, to: 1 });
    expect(xmlErrors(xml)).toEqual([]);
    expect(definedNames(xml)).toEqual([{ ns: T_MAIN, name: "_xlnm.Print_Titles", localSheetId: "0", text: "'Plan'!$2:$2" }]);
    const none = workbook();
    expect(withPrintTitles(none, "Missing", { from: 0, to: 0 })).toBe(none);
  });

  it("quotes any sheet name so that the reference reads back as that sheet (property)", () => {
    let checked = 0;
    fc.assert(
      fc.property(fc.string({ minLength: 1, maxLength: 31 }).filter((s) => [...s].every(allowedInSheetName) && s.trim() === s), (name) => {
        const xml = workbook().replace('name="Plan"', () => `name="${name.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/"/g, "&quot;")}"`);
        const out = withPrintTitles(xml, name, { from: 0, to: 0 });
        expect(xmlErrors(out)).toEqual([]);
        const [d] = definedNames(out);
        expect(d.text).toBe(`'${name.replace(/'/g, "''")}'!$1:$1`);
        checked++;
      }),
    );
    expect(checked).toBeGreaterThan(50);
  });
});
