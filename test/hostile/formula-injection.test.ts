import ExcelJS from "exceljs";
import { isOutputSheet, expectOk, officeService, planBook, reload, schemeRow, xlsxService } from "./books";

// Text a finance user (or a pasted CSV) can put in a plan that Excel would run as a formula if written as one.
const PLANTED = {
  workstream: '=HYPERLINK("http://evil.example/","Click")',
  pod: "@SUM(1+1)*cmd|' /C calc'!A0",
  rag: "+1+1",
  saving: "-2+3",
  name: "=1+2",
  lead: "@lead",
  risks: "-risk",
};

function injectedBook(): ExcelJS.Workbook {
  return planBook([
    {
      name: "Tees",
      organisation: "Tees",
      rows: [
        schemeRow("T1", PLANTED.name, [100, PLANTED.saving as unknown as number, 300, 400], { workstream: PLANTED.workstream, pod: PLANTED.pod, rag: PLANTED.rag, lead: PLANTED.lead, risks: PLANTED.risks }),
        schemeRow("T2", "Prescribing", [50, 60, 70, 80]),
      ],
    },
  ]);
}

/** The add-in's own totals: SUM over cell references on the same sheet (src/core/report/formula.ts), nothing else. */
const TOTAL_FORMULA = /^SUM\((?:\$?[A-Z]{1,3}\$?\d+(?::\$?[A-Z]{1,3}\$?\d+)?,?)+\)$/;

/** Cells on output sheets whose text starts like a formula, apart from the add-in's totals (which `totals` collects). */
function formulaLike(wb: ExcelJS.Workbook, totals: string[] = []): ExcelJS.Cell[] {
  const found: ExcelJS.Cell[] = [];
  for (const ws of wb.worksheets.filter((s) => isOutputSheet(s.name))) {
    ws.eachRow((row) => row.eachCell((cell) => {
      const v = cell.value;
      const formula = v && typeof v === "object" && "formula" in v ? String(v.formula) : undefined;
      if (formula !== undefined && TOTAL_FORMULA.test(formula)) totals.push(formula);
      else if (/^[=+\-@]/.test(typeof v === "string" ? v : formula !== undefined ? `=${formula}` : "")) found.push(cell);
    }));
  }
  return found;
}

const plantedThatSurface = [PLANTED.workstream, PLANTED.pod, PLANTED.rag, PLANTED.saving];

describe("formula injection: plan text starting with = + - @ is written as text", () => {
  it("by the ExcelJS host: after saving and re-reading the file, every such cell is a string, none a formula", async () => {
    const { service, port } = xlsxService(injectedBook());
    await expectOk(service.buildRollups());
    const totals: string[] = [];
    const cells = formulaLike(await reload(await port.toBuffer()), totals);
    expect(totals.length).toBeGreaterThan(0);
    const texts = cells.map((c) => c.value);
    for (const planted of plantedThatSurface) expect(texts).toContain(planted);
    for (const cell of cells) {
      expect(cell.type).toBe(ExcelJS.ValueType.String);
      expect(cell.formula).toBeUndefined();
    }
  });

  it("by the Office.js host on the emulator: every such cell holds the string under the text format '@'", async () => {
    const { service, emulator } = officeService(injectedBook());
    await expectOk(service.buildRollups());
    const totals: string[] = [];
    const cells = formulaLike(emulator.workbook, totals);
    expect(totals.length).toBeGreaterThan(0);
    const texts = cells.map((c) => c.value);
    for (const planted of plantedThatSurface) expect(texts).toContain(planted);
    for (const cell of cells) {
      expect(typeof cell.value).toBe("string");
      expect(cell.numFmt).toBe("@");
    }
    // And saved as a file, Excel would open them as text too.
    for (const cell of formulaLike(await reload(await emulator.workbook.xlsx.writeBuffer() as unknown as Uint8Array))) expect(cell.type).toBe(ExcelJS.ValueType.String);
  });
});
