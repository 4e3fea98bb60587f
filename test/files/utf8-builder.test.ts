import fc from "fast-check";
import { Utf8Builder } from "../../src/host/files/utf8-builder";
import { cellXml, ColumnStyles } from "../../src/host/files/cell-xml";
import { minimalStyles, StyleAppender } from "../../src/host/files/styles-append";
import { utf8Declaration } from "../../src/host/files/xml-scan";

const encoder = new TextEncoder();

describe("Utf8Builder", () => {
  it("gives exactly the UTF-8 of the pieces in order, wide characters, surrogate pairs and batches alike, and again after a reset", () => {
    let runs = 0;
    const builder = new Utf8Builder(16); // tiny, so it has to grow
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.string({ unit: "grapheme", maxLength: 40 }), fc.string({ maxLength: 70_000 }).map((s) => s.replace(/[\ud800-\udfff]/g, "x"))), { maxLength: 30 }), (pieces) => {
        builder.reset();
        for (const p of pieces) builder.add(p);
        expect(Buffer.from(builder.bytes()).equals(Buffer.from(encoder.encode(pieces.join(""))))).toBe(true);
        runs++;
      }),
      { numRuns: 60 },
    );
    expect(runs).toBe(60);
  });

  it("keeps a minus sign and a pound sign whole across a batch boundary", () => {
    const builder = new Utf8Builder();
    const narrow = "a".repeat(70_000);
    builder.add(narrow);
    builder.add("−350 against £1,200");
    builder.add(narrow);
    expect(new TextDecoder().decode(builder.bytes())).toBe(`${narrow}−350 against £1,200${narrow}`);
  });
});

describe("cell XML", () => {
  const styles = () => new ColumnStyles(new StyleAppender(minimalStyles("http://schemas.openxmlformats.org/spreadsheetml/2006/main")));

  it("marks xml:space only on text whose spaces a reader could drop, and escapes only what needs it", () => {
    const s = styles();
    expect(cellXml({ value: "Business case approved" }, "A1", s, 0)).toMatch(/<is><t>Business case approved<\/t><\/is>/);
    for (const text of [" leading", "trailing ", "two  spaces", "line\nbreak", "tab\there"]) expect(cellXml({ value: text }, "A1", s, 0)).toContain('<t xml:space="preserve">');
    expect(cellXml({ value: 'A&E <"x">' }, "A1", s, 0)).toContain("<t>A&amp;E &lt;&quot;x&quot;&gt;</t>");
    expect(cellXml({ value: "_x0041_" }, "A1", s, 0)).toContain("<t>_x005F_x0041_</t>");
  });

  it("gives a cell the style of the one above only when they are styled alike", () => {
    const s = styles();
    const plain = Number(/ s="(\d+)"/.exec(cellXml({ value: "a" }, "A1", s, 0))![1]);
    const bold = Number(/ s="(\d+)"/.exec(cellXml({ value: "b", bold: true }, "A2", s, 0))![1]);
    const again = Number(/ s="(\d+)"/.exec(cellXml({ value: "c" }, "A3", s, 0))![1]);
    expect(bold).not.toBe(plain);
    expect(again).toBe(plain);
  });
});

describe("utf8Declaration", () => {
  it("makes the declaration say UTF-8, drops a byte-order mark, and leaves the rest untouched", () => {
    expect(utf8Declaration(`\uFEFF<?xml version="1.0" encoding='windows-1252'?><a encoding="x"/>`)).toBe(`<?xml version="1.0" encoding='UTF-8'?><a encoding="x"/>`);
    const body = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<a/>`;
    expect(utf8Declaration(body)).toBe(body);
    expect(utf8Declaration("<a/>")).toBe("<a/>");
  });
});
