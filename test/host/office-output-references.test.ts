import ExcelJS from "exceljs";
import { createNodeFakeExcel, type ApiLevel } from "../../src/host/fake-excel/node";
import { OfficeWorkbook } from "../../src/host/office/workbook";
import { createQippService } from "../../src/app/service";
import { OFFICE_LEVELS } from "./hosts";

const FORMULAS = ["='QIPP Submission'!F20", "='QIPP Rollup'!J6"];

/** Fifteen plans, so the submission reaches row 20 (one row per organisation from row 6, then the total). */
function plansBook(): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  for (let n = 1; n <= 15; n++) {
    const ws = wb.addWorksheet(`Plan ${String(n).padStart(2, "0")}`);
    ws.addRow(["Scheme", "Workstream", "2011/12", "2012/13", "2013/14", "2014/15", "RAG"]);
    ws.addRow(["Scheme A", "Planned care", 100, 200 + n, 300, 400, "Green"]);
  }
  wb.addWorksheet("Mine");
  return wb;
}

async function rebuild(wb: ExcelJS.Workbook, level: ApiLevel) {
  const em = createNodeFakeExcel(wb, { level });
  const service = createQippService(new OfficeWorkbook(em.run, { cellEditRetryMs: 0, supports: (v) => em.isSetSupported("ExcelApi", v) }), { now: () => new Date("2012-01-01T09:00:00Z") });
  const outcome = await service.buildRollups();
  if (!outcome.ok) throw new Error(outcome.message);
  return em.run(async (context) => {
    const sheets = context.workbook.worksheets;
    const mine = sheets.getItem("Mine").getRange("A1:B1").load("values,formulas");
    const targets = [sheets.getItem("QIPP Submission").getRange("F20").load("values"), sheets.getItem("QIPP Rollup").getRange("J6").load("values")];
    await context.sync();
    return { formulas: mine.formulas[0], values: mine.values[0], targets: targets.map((r) => r.values[0][0]) };
  });
}

function addUserFormulas(wb: ExcelJS.Workbook): void {
  const mine = wb.getWorksheet("Mine")!;
  FORMULAS.forEach((formula, c) => (mine.getCell(1, c + 1).value = { formula: formula.slice(1), result: 0 } as ExcelJS.CellValue));
}

describe("A user's formula into an output sheet, rebuilt twice", () => {
  it(`keeps its text and shows the new content at ExcelApi ${OFFICE_LEVELS[1]}, where output sheets are replaced in place`, async () => {
    const level = OFFICE_LEVELS[1];
    const wb = plansBook();
    await rebuild(wb, level);
    addUserFormulas(wb);
    const ids = ["QIPP Submission", "QIPP Rollup"].map((name) => wb.getWorksheet(name)!.id);

    wb.getWorksheet("Plan 15")!.getCell("D2").value = 1000;
    const second = await rebuild(wb, level);
    expect(second.formulas).toEqual(FORMULAS);
    expect(second.targets.every((v) => typeof v === "number")).toBe(true);
    expect(second.values).toEqual(second.targets);

    wb.getWorksheet("Plan 14")!.getCell("D2").value = 2000;
    const third = await rebuild(wb, level);
    expect(third.formulas).toEqual(FORMULAS);
    expect(third.values).toEqual(third.targets);
    expect(third.values[1]).toBe((second.values[1] as number) + 2000 - 214);
    // The same sheets, not new ones under the old names.
    expect(["QIPP Submission", "QIPP Rollup"].map((name) => wb.getWorksheet(name)!.id)).toEqual(ids);
  });

  it(`becomes #REF! at ExcelApi ${OFFICE_LEVELS[0]} (below 1.9 the sheet is swapped: the documented fallback)`, async () => {
    const level = OFFICE_LEVELS[0];
    const wb = plansBook();
    await rebuild(wb, level);
    addUserFormulas(wb);
    const second = await rebuild(wb, level);
    expect(second.formulas).toEqual(["=#REF!", "=#REF!"]);
    expect(second.values).toEqual(["#REF!", "#REF!"]);
    const third = await rebuild(wb, level);
    expect(third.formulas).toEqual(["=#REF!", "=#REF!"]);
  });
});

describe(`An output sheet replaced in place (ExcelApi ${OFFICE_LEVELS[1]})`, () => {
  it("loses cells the new content no longer reaches and keeps its table, hyperlinks and widths", async () => {
    const level = OFFICE_LEVELS[1];
    const wb = plansBook();
    await rebuild(wb, level);
    addUserFormulas(wb);
    const rowsBefore = wb.getWorksheet("QIPP Submission")!.actualRowCount;
    const lastBefore = wb.getWorksheet("QIPP Submission")!.lastRow!.number;
    wb.removeWorksheet(wb.getWorksheet("Plan 15")!.id);
    const after = await rebuild(wb, level);
    const submission = wb.getWorksheet("QIPP Submission")!;
    expect(submission.actualRowCount).toBe(rowsBefore - 1);
    const leftover = (submission.getRow(lastBefore).values as unknown[]).filter((v) => v !== null && v !== undefined);
    expect(leftover).toEqual([]);
    expect(after.values).toEqual(after.targets);
    expect(wb.worksheets.some((ws) => ws.name.includes("~"))).toBe(false);
    const rag = wb.getWorksheet("QIPP RAG Summary")!;
    expect(rag.getTable("QIPP_RAG")).toBeDefined();
    expect(rag.getTables()).toHaveLength(1);
    const rollup = wb.getWorksheet("QIPP Rollup")!;
    const links = rollup.getColumn(16).values.filter((v) => typeof v === "object" && v !== null && "hyperlink" in v);
    expect(links.length).toBe(14);
    expect(rollup.getColumn(2).width).toBeGreaterThan(0);
  });
});
