import { readFileSync } from "node:fs";
import { join } from "node:path";
import { OUTPUT_SHEET_NAMES } from "../../src/core/report/model";
import { nodeExcelLibrary } from "../../src/host/fake-excel/node-library";
import { nodeCodec } from "../../src/host/files/node-codec";
import { readWorkbookParts } from "../../src/host/files/ooxml-parts";
import { ZipPackage } from "../../src/host/files/zip-read";
import { openSession, workbookBlob } from "../../src/preview/session";

describe("the preview's Download", () => {
  // The preview page loads Microsoft's Excel library with a script tag; on Node the same file comes from jsdom.
  beforeAll(() => void ((globalThis as { Excel?: typeof Excel }).Excel = nodeExcelLibrary()));
  afterAll(() => void delete (globalThis as { Excel?: typeof Excel }).Excel);

  it("is the opened file with the output sheets added: the user's parts byte for byte", async () => {
    const bytes = readFileSync(join(__dirname, "../../samples/sha-workbook.xlsx"));
    const session = await openSession("sha-workbook.xlsx", bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength));
    const built = await session.actions.buildRollups();
    expect(built.ok).toBe(true);
    const out = new ZipPackage(new Uint8Array(await (await workbookBlob(session.workbook)).arrayBuffer()), nodeCodec);
    const before = new ZipPackage(new Uint8Array(bytes), nodeCodec);
    const listing = new Set(["xl/workbook.xml", "xl/_rels/workbook.xml.rels", "[content_types].xml", "xl/styles.xml"]);
    for (const entry of before.entries) {
      if (listing.has(entry.name.toLowerCase())) continue;
      expect({ part: entry.name, bytes: out.read(entry.name) }).toEqual({ part: entry.name, bytes: before.read(entry.name) });
    }
    expect(readWorkbookParts(out).sheets.map((s) => s.name)).toEqual([...readWorkbookParts(before).sheets.map((s) => s.name), ...OUTPUT_SHEET_NAMES]);
  });

  it("wires one-click fixes and New plan sheet through; the download carries only the output sheets, as README says", async () => {
    const bytes = readFileSync(join(__dirname, "../../samples/sha-workbook.xlsx"));
    const session = await openSession("sha-workbook.xlsx", bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength));
    expect(session.actions.applyFix).toBeDefined();
    const orgs = await session.actions.templateOrganisations!();
    if (!orgs.ok) throw new Error(orgs.message);
    const added = await session.actions.addPlanSheet!(orgs.value[0]);
    expect(added).toMatchObject({ ok: true, value: { sheet: orgs.value[0], notes: [] } });
    expect(session.workbook.getWorksheet(orgs.value[0])).toBeDefined();
    const out = new ZipPackage(new Uint8Array(await (await workbookBlob(session.workbook)).arrayBuffer()), nodeCodec);
    expect(readWorkbookParts(out).sheets.map((s) => s.name)).not.toContain(orgs.value[0]);
  });
});
