import * as XLSX from "@e965/xlsx";
import ExcelJS from "exceljs";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { OUTPUT_SHEET_NAMES } from "../../src/core/report/model";
import { nodeExcelLibrary } from "../../src/host/fake-excel/node-library";
import { nodeCodec } from "../../src/host/files/node-codec";
import { readWorkbookParts } from "../../src/host/files/ooxml-parts";
import { ZipPackage } from "../../src/host/files/zip-read";
import { openSession, workbookBlob } from "../../src/preview/session";

const CORPUS = join(__dirname, "../../../shared/corpus");
const PLAN = [
  ["Organisation:", "Arden"],
  ["Ref", "Scheme name", "Workstream", "RAG", "2011/12", "2012/13", "2013/14", "2014/15"],
  ["A1", "Care homes", "Right Care", "G", 150, 200, 300, 400],
  ["A2", "Admissions & discharge", "Urgent Care", "A", 650, 0, 0, 0],
];

function legacyFile(bookType: "xls" | "ods" | "csv"): ArrayBuffer {
  const wb = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(wb, XLSX.utils.aoa_to_sheet(PLAN), "Arden");
  const out = XLSX.write(wb, { type: bookType === "csv" ? "string" : "array", bookType });
  return typeof out === "string" ? new TextEncoder().encode(out).buffer : (out as ArrayBuffer);
}

const bytesOf = (path: string) => {
  const b = readFileSync(path);
  return b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength);
};

describe("the preview's Open takes what the command line reads", () => {
  beforeAll(() => void ((globalThis as { Excel?: typeof Excel }).Excel = nodeExcelLibrary()));
  afterAll(() => void delete (globalThis as { Excel?: typeof Excel }).Excel);

  it.each(["xls", "ods", "csv"] as const)("opens a .%s plan, validates it, and downloads an .xlsx of its values with the output sheets", async (kind) => {
    const session = await openSession(`arden.${kind}`, legacyFile(kind));
    expect(session.downloadName).toBe("arden.xlsx");
    const sheet = session.workbook.worksheets[0];
    expect(sheet.getCell("B4").value).toBe("Admissions & discharge");
    expect(sheet.getCell("E3").value).toBe(kind === "csv" ? "150" : 150); // CSV cells stay the text they are, as the CLI reads them
    const validated = await session.actions.validate();
    if (!validated.ok) throw new Error(validated.message);
    expect(validated.value.summary).toMatchObject({ errors: 0, schemes: 2 });
    expect((await session.actions.buildRollups()).ok).toBe(true);
    const out = new ZipPackage(new Uint8Array(await (await workbookBlob(session.workbook)).arrayBuffer()), nodeCodec);
    expect(readWorkbookParts(out).sheets.map((s) => s.name)).toEqual([sheet.name, ...OUTPUT_SHEET_NAMES]);
  });

  it("opens a workbook ExcelJS cannot load (its workbook part in UTF-16) through the project's reader, and Download keeps its parts byte for byte", async () => {
    const file = join(CORPUS, "PhpSpreadsheet__utf16be.xlsx");
    await expect(new ExcelJS.Workbook().xlsx.load(bytesOf(file))).rejects.toThrow(); // so the reader's path is the one taken
    expect(existsSync(file) || `${file} is missing: ../shared/corpus sits beside the repository`).toBe(true);
    const session = await openSession("utf16.xlsx", bytesOf(file));
    expect(session.downloadName).toBe("utf16.xlsx");
    expect(session.workbook.worksheets.length).toBeGreaterThan(0);
    expect((await session.actions.buildRollups()).ok).toBe(true);
    const before = new ZipPackage(new Uint8Array(readFileSync(file)), nodeCodec);
    const after = new ZipPackage(new Uint8Array(await (await workbookBlob(session.workbook)).arrayBuffer()), nodeCodec);
    const own = readWorkbookParts(before);
    for (const s of own.sheets) if (s.path) expect({ part: s.path, same: Buffer.compare(Buffer.from(after.read(s.path)!), Buffer.from(before.read(s.path)!)) }).toEqual({ part: s.path, same: 0 });
    expect(readWorkbookParts(after).sheets.map((s) => s.name)).toEqual(expect.arrayContaining([...own.sheets.map((s) => s.name), ...OUTPUT_SHEET_NAMES]));
  });

  it("refuses what the command line refuses, with its one line", async () => {
    const refusals: string[] = [];
    for (const [name, bytes] of [["notes.xlsx", new TextEncoder().encode("just text").buffer], ["empty.ods", new ArrayBuffer(0)], ["locked.xlsx", bytesOf(join(CORPUS, "poi__protect.xlsx"))]] as const) {
      await openSession(name, bytes).then(
        () => refusals.push(`${name}: opened`),
        (e: Error) => refusals.push(e.message),
      );
    }
    expect(refusals).toHaveLength(3);
    expect(refusals[0]).toMatch(/^notes\.xlsx: not a spreadsheet/);
    expect(refusals[1]).toMatch(/^empty\.ods: empty file/);
    expect(refusals[2]).toMatch(/^locked\.xlsx: encrypted/);
    for (const line of refusals) expect(line.split("\n")).toHaveLength(1);
  });
});
