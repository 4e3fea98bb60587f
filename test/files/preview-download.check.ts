import * as XLSX from "@e965/xlsx";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { OUTPUT_SHEET_NAMES } from "../../src/core/report/model";
import { nodeExcelLibrary } from "../../src/host/fake-excel/node-library";
import { openSession, workbookBlob } from "../../src/preview/session";
import { outputProblems, type WrittenOutput } from "../support/output-checks";

// The preview's Download through the four output checks (test/support/output-checks.ts): an .xlsx opened
// as it is, and an .xls opened through the project's reader (its download is a new .xlsx of its values).
const dir = mkdtempSync(join(tmpdir(), "qipp-preview-download-"));
const SAMPLE = join(__dirname, "../../samples/sha-workbook.xlsx");

function xlsPlan(): ArrayBuffer {
  const wb = XLSX.utils.book_new();
  const plan = [["Organisation:", "Arden"], ["Ref", "Scheme name", "Workstream", "RAG", "2011/12", "2012/13", "2013/14", "2014/15"], ["A1", "Care homes", "Right Care", "G", 150, 200, 300, 400]];
  XLSX.utils.book_append_sheet(wb, XLSX.utils.aoa_to_sheet(plan), "Arden");
  return XLSX.write(wb, { type: "array", bookType: "xls" }) as ArrayBuffer;
}

async function downloaded(name: string, bytes: ArrayBuffer, out: string): Promise<void> {
  const session = await openSession(name, bytes);
  const built = await session.actions.buildRollups();
  if (!built.ok) throw new Error(built.message);
  writeFileSync(out, new Uint8Array(await (await workbookBlob(session.workbook)).arrayBuffer()));
}

describe("the preview's Download opens everywhere", () => {
  beforeAll(() => void ((globalThis as { Excel?: typeof Excel }).Excel = nodeExcelLibrary()));
  afterAll(() => void delete (globalThis as { Excel?: typeof Excel }).Excel);

  it("of an .xlsx and of an .xls: parsed namespace-aware, opened by LibreOffice and openpyxl, the user's parts byte for byte", async () => {
    const sample = readFileSync(SAMPLE);
    await downloaded("sha-workbook.xlsx", sample.buffer.slice(sample.byteOffset, sample.byteOffset + sample.byteLength), join(dir, "sha.xlsx"));
    await downloaded("arden.xls", xlsPlan(), join(dir, "arden.xlsx"));
    const outputs: WrittenOutput[] = [
      { label: "xlsx", output: join(dir, "sha.xlsx"), input: SAMPLE, added: [...OUTPUT_SHEET_NAMES] },
      { label: "xls", output: join(dir, "arden.xlsx"), added: ["Arden", ...OUTPUT_SHEET_NAMES] },
    ];
    const problems = await outputProblems(outputs);
    expect(Object.keys(problems)).toEqual(["xlsx", "xls"]); // both were checked
    expect(problems).toEqual({ xlsx: [], xls: [] });
  }, 180_000);
});
