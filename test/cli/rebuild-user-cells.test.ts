import ExcelJS from "exceljs";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { strFromU8, unzipSync } from "fflate";
import { readFileSync } from "node:fs";
import { runCli as cli } from "../support/run-cli";
import { plainValue } from "../../src/host/exceljs/cells";

const dir = mkdtempSync(join(tmpdir(), "qipp-card-"));
const HEADER = ["Ref", "Scheme name", "Workstream", "RAG", "2011/12", "2012/13", "2013/14", "2014/15", "Risks", "Lead"];

async function planFile(name: string, rows: unknown[][]): Promise<string> {
  const wb = new ExcelJS.Workbook();
  const cover = wb.addWorksheet("Cover");
  cover.addRow(["Prepared by", "Ann Clerk"]);
  const ws = wb.addWorksheet("Arden");
  ws.addRow(["Organisation:", "Arden"]);
  ws.addRow(HEADER);
  rows.forEach((r) => ws.addRow(r));
  const path = join(dir, name);
  await wb.xlsx.writeFile(path);
  return path;
}

function rowOf(ws: ExcelJS.Worksheet, column: number, value: string): number {
  for (let r = 1; r <= ws.rowCount; r++) if (plainValue(ws.getCell(r, column)) === value) return r;
  throw new Error(`${value} not found on ${ws.name}`);
}

describe("qipp rollup on a file that holds the user's responses and sign-off", () => {
  it("writes them again: responses with their schemes, closed ones listed, sign-off kept, page set up", async () => {
    const first = await planFile("arden.xlsx", [
      ["A1", "Elective referrals", "Right Care", "R", 500, 500, 500, 500, "Activity over plan", "Dr A Shaw"],
      ["A2", "Urgent care", "Urgent and Emergency Care", "R", 300, 300, 300, 300, "Staff vacancies", "M Patel"],
      ["A3", "Small", "Right Care", "R", 10, 10, 10, 10, "", "K Lee"],
    ]);
    const built = join(dir, "arden.qipp.xlsx");
    const r1 = await cli("rollup", first, "--out", built, "--json");
    expect(JSON.parse(r1.stdout).exceptions.map((e: { ref: string; material: boolean }) => [e.ref, e.material])).toEqual([["A1", true], ["A2", true], ["A3", false]]);

    // The user opens the output in Excel, types responses and a sign-off, fixes A1, and saves.
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(built);
    const ex = wb.getWorksheet("QIPP Exceptions")!;
    const response = ex.columnCount;
    ex.getCell(rowOf(ex, 5, "A1"), response).value = "Fixed by the new pathway";
    ex.getCell(rowOf(ex, 5, "A2"), response).value = "Locum cover agreed";
    const card = wb.getWorksheet("QIPP Report Card")!;
    expect(plainValue(card.getCell(rowOf(card, 1, "Prepared by"), 2))).toBe("Ann Clerk");
    card.getCell(rowOf(card, 1, "SHA finance director"), 2).value = "Sam Director";
    const plan = wb.getWorksheet("Arden")!;
    plan.getCell(rowOf(plan, 1, "A1"), 4).value = "G";
    const edited = join(dir, "arden-edited.xlsx");
    await wb.xlsx.writeFile(edited);

    const rebuilt = join(dir, "arden-edited.qipp.xlsx");
    expect((await cli("rollup", edited, "--out", rebuilt)).code).toBe(0);
    const out = new ExcelJS.Workbook();
    await out.xlsx.readFile(rebuilt);
    const ex2 = out.getWorksheet("QIPP Exceptions")!;
    expect(plainValue(ex2.getCell(rowOf(ex2, 5, "A2"), response))).toBe("Locum cover agreed");
    const closed = rowOf(ex2, 1, "Closed since the last build");
    expect([1, 2, response].map((c) => plainValue(ex2.getCell(closed + 2, c)))).toEqual(["Arden", "A1", "Fixed by the new pathway"]);
    const card2 = out.getWorksheet("QIPP Report Card")!;
    expect(plainValue(card2.getCell(rowOf(card2, 1, "SHA finance director"), 2))).toBe("Sam Director");
    expect(plainValue(card2.getCell(rowOf(card2, 1, "Prepared by"), 2))).toBe("Ann Clerk");
    expect(out.worksheets.filter((s) => s.name.startsWith("QIPP Report Card"))).toHaveLength(1);

    // Page setup in the sheet part, print titles as one defined name scoped to the sheet.
    const parts = unzipSync(readFileSync(rebuilt));
    const workbookXml = strFromU8(parts["xl/workbook.xml"]);
    const titles = [...workbookXml.matchAll(/<definedName name="_xlnm.Print_Titles" localSheetId="(\d+)">([^<]*)<\/definedName>/g)];
    const byIndex = new Map(titles.map((m) => [Number(m[1]), m[2].replace(/&apos;/g, "'")]));
    expect(titles).toHaveLength(2); // the first build's names were replaced, not doubled
    expect(byIndex.get(out.worksheets.findIndex((s) => s.name === "QIPP Report Card"))).toBe("'QIPP Report Card'!$1:$2");
    expect(byIndex.get(out.worksheets.findIndex((s) => s.name === "QIPP Exceptions"))).toMatch(/^'QIPP Exceptions'!\$(\d+):\$\1$/);
    expect(card2.pageSetup).toMatchObject({ orientation: "landscape", fitToPage: true, fitToWidth: 1, fitToHeight: 0 });
  });
});
