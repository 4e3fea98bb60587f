import * as XLSX from "@e965/xlsx";
import fc from "fast-check";
import { nodeCodec } from "../../src/host/files/node-codec";
import { gridsToXlsx } from "../../src/host/files/grids-xlsx";
import { explain } from "../../src/host/files/legacy";
import { quietly } from "../../src/host/files/quiet";
import { readSpreadsheet } from "../../src/host/files/read";
import { ZipPackage } from "../../src/host/files/zip-read";

function encode(text: string, encoding: "utf-16le" | "utf-16be" | "utf-32le" | "utf-32be", bom: boolean): Uint8Array {
  const cps = [...(bom ? "\uFEFF" : "") + text].map((c) => c.codePointAt(0)!);
  if (encoding.startsWith("utf-32")) {
    const view = new DataView(new ArrayBuffer(cps.length * 4));
    cps.forEach((cp, i) => view.setUint32(i * 4, cp, encoding === "utf-32le"));
    return new Uint8Array(view.buffer);
  }
  const units = [...(bom ? "\uFEFF" : "") + text].flatMap((c) => (c.length === 2 ? [c.charCodeAt(0), c.charCodeAt(1)] : [c.charCodeAt(0)]));
  const view = new DataView(new ArrayBuffer(units.length * 2));
  units.forEach((u, i) => view.setUint16(i * 2, u, encoding === "utf-16le"));
  return new Uint8Array(view.buffer);
}

describe("files LibreOffice opens, read here too", () => {
  it("CSV in UTF-16 or UTF-32 (marked by a BOM, or UTF-16 without one) reads as the same cells as in UTF-8", async () => {
    const cell = fc.stringMatching(/^[A-Za-z0-9 £éÅ€-]{1,8}$/).filter((s) => s.trim() === s && !/^[0-9 -]+$/.test(s));
    await fc.assert(
      fc.asyncProperty(fc.array(fc.array(cell, { minLength: 1, maxLength: 3 }), { minLength: 1, maxLength: 3 }), fc.constantFrom("utf-16le", "utf-16be", "utf-32le", "utf-32be" as const), async (rows, enc) => {
        const text = rows.map((r) => r.join(",")).join("\r\n") + "\r\n";
        const utf8 = await readSpreadsheet("plan.csv", new TextEncoder().encode(text), nodeCodec);
        const other = await readSpreadsheet("plan.csv", encode(text, enc, true), nodeCodec);
        expect(other.sheets[0].values).toEqual(utf8.sheets[0].values);
        // Without a BOM, UTF-16 is told by its zero bytes, so only text that is mostly Latin (as CSV of plans is) can be recognised.
        // eslint-disable-next-line no-control-regex
        if (enc.startsWith("utf-16") && /^[\x00-\x7f]*$/.test(text)) expect((await readSpreadsheet("plan.csv", encode(text, enc, false), nodeCodec)).sheets[0].values).toEqual(utf8.sheets[0].values);
      }),
      { numRuns: 40 },
    );
  });

  it("an .ods sheet named with & < > ' \" comes back with its real name, not the XML escapes", async () => {
    const wb = XLSX.utils.book_new();
    XLSX.utils.book_append_sheet(wb, XLSX.utils.aoa_to_sheet([["Scheme"]]), "Birmingham & Solihull");
    XLSX.utils.book_append_sheet(wb, XLSX.utils.aoa_to_sheet([["Scheme"]]), `A <b> "c" 'd' x`);
    const ods = new Uint8Array(XLSX.write(wb, { type: "array", bookType: "ods" }) as ArrayBuffer);
    const file = await readSpreadsheet("plan.ods", ods, nodeCodec);
    expect(file.sheets.map((s) => s.name)).toEqual(["Birmingham & Solihull", `A <b> "c" 'd' x`]);
  });
});

describe("SheetJS's failures and noise, in the user's words", () => {
  it("a JavaScript internal becomes 'damaged'; SheetJS's own words for a missing part or value type are put plainly", () => {
    expect(explain(new TypeError("Cannot read properties of undefined (reading 'L')")).message).toMatch(/^damaged: its internal structure is broken/);
    expect(explain(new Error("Unsupported ZIP Compression method NaN")).message).toMatch(/^damaged/);
    expect(explain(new Error("Cannot find file content.xml in zip")).message).toMatch(/^incomplete: the part content\.xml is missing/);
    expect(explain(new Error("Unsupported value type unknown")).message).toMatch(/value type "unknown"/);
    for (const e of [new TypeError("x is undefined"), new RangeError("Invalid array length")]) expect(explain(e).message).not.toMatch(/undefined|Invalid array/);
  });

  it("console output inside a SheetJS call is swallowed, and the console is itself again afterwards", () => {
    const spy = jest.spyOn(console, "error").mockImplementation(() => undefined);
    const value = quietly(() => {
      console.error("Missing Info for XLS Record 0x2ac");
      console.warn("ODS number format may be incorrect");
      return 42;
    });
    expect(value).toBe(42);
    expect(spy).not.toHaveBeenCalled();
    console.error("after");
    expect(spy).toHaveBeenCalledWith("after");
    spy.mockRestore();
  });
});

describe("the values copy of a non-OOXML file", () => {
  it("holds only the cells with a value (A1:IV65536 declared, 2 cells), and text cut at Excel's 32,767 characters", () => {
    const values = Array.from({ length: 65_536 }, () => [] as (string | null)[]);
    values[0][0] = "x".repeat(40_000);
    values[65_535][255] = "corner";
    const bytes = gridsToXlsx([{ name: "Sheet/1", values, top: 0, left: 0 }]);
    const zip = new ZipPackage(bytes, nodeCodec);
    const xml = zip.text("xl/worksheets/sheet1.xml")!;
    expect(xml.match(/<c /g)).toHaveLength(2);
    expect(xml).toContain(`<c r="IV65536" t="inlineStr">`);
    expect(/<t xml:space="preserve">(x+)<\/t>/.exec(xml)![1]).toHaveLength(32_767);
    expect(zip.text("xl/workbook.xml")).toContain('name="Sheet_1"');
  });
});
