import { readFile } from "node:fs/promises";
import ExcelJS from "exceljs";
import { buildOutputSheets, rollupPlans, validateWorkbooks } from "../../src/core/pipeline";
import { toPence } from "../../src/core/money";
import type { OutputSheet } from "../../src/core/report/model";
import { addSheetsToPackage } from "../../src/host/files/add-sheets";
import { openSpreadsheetFile } from "../../src/host/files/node";
import { nodeCodec } from "../../src/host/files/node-codec";
import { a1 } from "../../src/core/grid";
import { recalcWithLibreOffice } from "../support/libreoffice";

jest.setTimeout(300_000);

/** Ten SHAs in four SHA clusters, with organisations in each. */
const SAMPLE = "samples/national-workbook.xlsx";

/** The CLI's output for the sample: the user's package with the output sheets added. */
async function sampleOutput(tamper: boolean) {
  const file = await openSpreadsheetFile(SAMPLE, new Uint8Array(await readFile(SAMPLE)));
  const validation = validateWorkbooks([{ name: "national-workbook.xlsx", sheets: file.sheets }]);
  const rollup = rollupPlans(validation);
  const sheets = buildOutputSheets(validation, rollup, { generatedAt: new Date("2026-12-01T21:31:00Z") });
  // Formula cells with a wrong cached value: what LibreOffice then shows can only be its own calculation.
  const written: OutputSheet[] = tamper
    ? sheets.map((s) => ({ ...s, rows: s.rows.map((row) => row.map((c) => (c.formula ? { ...c, value: -1 } : c))) }))
    : sheets;
  const bytes = addSheetsToPackage(await file.outputPackage(), written, nodeCodec).bytes;
  return { sheets, rollup, bytes };
}

function formulaCells(sheets: OutputSheet[]) {
  return sheets.flatMap((s) => s.rows.flatMap((row, r) => row.flatMap((c, col) => (c.formula ? [{ sheet: s.name, address: a1(r, col), formula: c.formula, engine: c.value as number }] : []))));
}

describe("totals that trace, recalculated by LibreOffice", () => {
  it("every SUM on Rollup, RAG Summary and Submission recalculates to the engine's figure, to the penny", async () => {
    const { sheets, rollup, bytes } = await sampleOutput(true);
    const cells = formulaCells(sheets);
    const bySheet = new Set(cells.map((c) => c.sheet));
    expect([...bySheet].sort()).toEqual(["QIPP RAG Summary", "QIPP Rollup", "QIPP Submission"]);
    expect(rollup.shaClusters.length).toBeGreaterThan(1);

    const book = new ExcelJS.Workbook();
    await book.xlsx.load((await recalcWithLibreOffice(Buffer.from(bytes))) as unknown as ExcelJS.Buffer);
    let checked = 0;
    for (const c of cells) {
      const value = book.getWorksheet(c.sheet)!.getCell(c.address).value as { formula?: string; result?: number };
      expect({ at: `${c.sheet}!${c.address}`, formula: value.formula }).toEqual({ at: `${c.sheet}!${c.address}`, formula: c.formula });
      expect({ at: `${c.sheet}!${c.address}`, pence: toPence(Number(value.result ?? 0)) }).toEqual({ at: `${c.sheet}!${c.address}`, pence: toPence(c.engine) });
      checked += 1;
    }
    expect(checked).toBe(cells.length);
    // England's four-year total, as the engine has it, is among them.
    const rollupSheet = sheets.find((s) => s.name === "QIPP Rollup")!;
    const englandTotal = rollupSheet.rows.find((r) => r[0]?.value === "England")!.find((c) => c.value === rollup.national.savings.total / 100_000);
    expect(englandTotal?.formula).toMatch(/^SUM\(/);
  });

  it("the file as written carries each engine figure as the formula's cached value", async () => {
    const { sheets, bytes } = await sampleOutput(false);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(Buffer.from(bytes) as unknown as ExcelJS.Buffer);
    const cells = formulaCells(sheets);
    expect(cells.length).toBeGreaterThan(50);
    // Organisation rows link to the block of their schemes, on Rollup, RAG Summary and Submission.
    for (const name of ["QIPP Rollup", "QIPP RAG Summary", "QIPP Submission"]) {
      const links = sheets.find((s) => s.name === name)!.rows.flatMap((r) => r.flatMap((c) => (c.link ? [c.link.cell] : [])));
      expect(links.length).toBeGreaterThan(10);
      for (const cell of links) expect(cell).toMatch(/^[A-Z]+\d+:[A-Z]+\d+$/);
    }
    for (const c of cells) {
      // ExcelJS reads a cached 0 as no result.
      const value = book.getWorksheet(c.sheet)!.getCell(c.address).value as { formula?: string; result?: number };
      expect({ formula: value.formula, result: value.result ?? 0 }).toEqual({ formula: c.formula, result: c.engine });
    }
  });
});
