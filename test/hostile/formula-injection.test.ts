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

/** Cells on output sheets whose text starts like a formula. */
function formulaLike(wb: ExcelJS.Workbook): ExcelJS.Cell[] {
  const found: ExcelJS.Cell[] = [];
  for (const ws of wb.worksheets.filter((s) => isOutputSheet(s.name))) {
    ws.eachRow((row) => row.eachCell((cell) => {
      const v = cell.value;
      const text = typeof v === "string" ? v : v && typeof v === "object" && "formula" in v ? `=${v.formula}` : "";
      if (/^[=+\-@]/.test(text)) found.push(cell);
    }));
  }
  return found;
}

const plantedThatSurface = [PLANTED.workstream, PLANTED.pod, PLANTED.rag, PLANTED.saving];

describe("formula injection: plan text starting with = + - @ is written as text", () => {
  it("by the ExcelJS host: after saving and re-reading the file, every such cell is a string, none a formula", async () => {
    const { service, port } = xlsxService(injectedBook());
    await expectOk(service.buildRollups());
    const cells = formulaLike(await reload(await port.toBuffer()));
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
    const cells = formulaLike(emulator.workbook);
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
