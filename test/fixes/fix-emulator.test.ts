import ExcelJS from "exceljs";
import type { QippActions } from "../../src/app/actions";
import type { CellFix } from "../../src/core/fixes/model";
import { createNodeFakeExcel } from "../../src/host/fake-excel/node";
import { OfficeWorkbook } from "../../src/host/office/workbook";
import { officeCellEditor } from "../../src/host/office/cell-editor";
import { createQippService } from "../../src/app/service";

const ORG = "Leicestershire County and Rutland";

function book() {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Plan");
  ws.addRow(["Organisation:", ORG]);
  ws.addRow(["Scheme ref", "Scheme name", "National workstream", "RAG", "2011-12", "2012-13", "2013-14", "2014-15", "Total"]);
  ws.addRow(["S1", "One", "Urgent cares", "Green", 1, 2, 3, 4, 10]);
  ws.addRow(["S2", "Two", "Safe Care", "TBC", 1, 1, 1, 1, 4]);
  ws.addRow(["S3", "Three", "Safe Care", "Amber", "120k", 1, 1, 1, null]);
  ws.addRow(["S4", "Four", "Safe Care", "Green", 1, 1, 1, 1, 99]);
  const notes = wb.addWorksheet("Notes");
  notes.addRow(["Anything the user keeps here", 42]);
  return wb;
}

/** Every stored cell of the user's sheets (the add-in's own QIPP sheets aside), value and formula both. */
function snapshot(wb: ExcelJS.Workbook): Map<string, string> {
  const out = new Map<string, string>();
  for (const ws of wb.worksheets) {
    if (ws.name.startsWith("QIPP ")) continue;
    ws.eachRow({ includeEmpty: false }, (row) => row.eachCell({ includeEmpty: false }, (cell) => out.set(`${ws.name}!${cell.address}`, JSON.stringify(cell.value))));
  }
  return out;
}

function changed(a: Map<string, string>, b: Map<string, string>): string[] {
  return [...new Set([...a.keys(), ...b.keys()])].filter((k) => a.get(k) !== b.get(k)).sort();
}

describe("one-click fixes over the fake Excel host", () => {
  let wb: ExcelJS.Workbook;
  let actions: QippActions;
  let fixes: CellFix[];
  const run = () => createNodeFakeExcel(wb).run;

  beforeEach(async () => {
    wb = book();
    const emulator = createNodeFakeExcel(wb);
    actions = createQippService(new OfficeWorkbook(emulator.run, { name: "book.xlsx" }), { cells: officeCellEditor(emulator.run) });
    const v = await actions.validate();
    if (!v.ok) throw new Error(v.message);
    fixes = v.value.fixes ?? [];
  });

  it("validation offers the fixes and nothing in the workbook changes until a click", () => {
    expect(fixes.map((f) => f.cell).sort()).toEqual(["C3", "D4", "E5", "I6"]);
    expect(wb.getWorksheet("Plan")!.getCell("C3").value).toBe("Urgent cares");
  });

  it.each([
    ["C3", 0, "Urgent and Emergency Care"],
    ["D4", 1, "Amber"],
    ["E5", 0, 120],
    ["I6", 0, { formula: "SUM(E6:H6)" }],
  ])("Fix %s writes that one cell, Undo restores it, nothing else changes", async (cell, choice, expected) => {
    const fix = fixes.find((f) => f.cell === cell)!;
    const before = snapshot(wb);
    const done = await actions.applyFix!(fix, choice);
    expect(done.ok).toBe(true);
    const after = snapshot(wb);
    expect(changed(before, after)).toEqual([`Plan!${cell}`]);
    expect(wb.getWorksheet("Plan")!.getCell(cell).value).toEqual(expected);
    const refreshed = await actions.validate();
    expect(refreshed.ok && refreshed.value.findings.some((f) => f.cell === cell && f.severity === "error")).toBe(false);
    if (!done.ok) return;
    expect((await actions.undoFix!(done.value)).ok).toBe(true);
    expect(changed(before, snapshot(wb))).toEqual([]);
    const again = await actions.validate();
    expect(again.ok && again.value.findings.some((f) => f.cell === cell)).toBe(true);
  });

  it("Undo leaves a cell alone that the user has changed since the fix", async () => {
    const fix = fixes.find((f) => f.cell === "C3")!;
    const done = await actions.applyFix!(fix, 0);
    if (!done.ok) throw new Error(done.message);
    await run()(async (context) => {
      context.workbook.worksheets.getItem("Plan").getRange("C3").values = [["Right Care"]];
      await context.sync();
    });
    const undo = await actions.undoFix!(done.value);
    expect(undo).toMatchObject({ ok: false, message: expect.stringContaining("has changed since the fix") });
    expect(wb.getWorksheet("Plan")!.getCell("C3").value).toBe("Right Care");
  });

  it("the service offers no fixes where the host cannot edit cells (the CLI changes nothing)", async () => {
    const emulator = createNodeFakeExcel(book());
    const plain = createQippService(new OfficeWorkbook(emulator.run, { name: "book.xlsx" }));
    const v = await plain.validate();
    expect(v.ok && v.value.fixes).toBeUndefined();
    expect(plain.applyFix).toBeUndefined();
  });
});
