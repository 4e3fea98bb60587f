import ExcelJS from "exceljs";
import { createNodeFakeExcel } from "../../src/host/fake-excel/node";
import { OfficeWorkbook } from "../../src/host/office/workbook";
import { createQippService } from "../../src/app/service";
import type { WorkbookPort } from "../../src/app/workbook-port";
import { OUTPUT_SHEET_NAMES } from "../../src/core/report/model";

function planBook(): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Plan");
  ws.addRow(["Scheme", "Workstream", "2011/12", "2012/13", "2013/14", "2014/15", "RAG"]);
  ws.addRow(["Scheme A", "Planned care", 100, 200, 300, 400, "Green"]);
  return wb;
}

describe("QIPP service over the Office.js host", () => {
  const now = () => new Date(Date.UTC(2012, 0, 1));

  it("Validate writes only QIPP Validation; Build rollups writes all four output sheets", async () => {
    const em = createNodeFakeExcel(planBook());
    const service = createQippService(new OfficeWorkbook(em.run), { now });
    const validated = await service.validate();
    expect(validated).toMatchObject({ ok: true, value: { written: ["QIPP Validation"] } });
    const built = await service.buildRollups();
    if (!built.ok) throw new Error(built.message);
    expect(built.value.written).toEqual([...OUTPUT_SHEET_NAMES]);
    // The Rollup tab's delivery view comes from the pack in force (here the bundled one).
    expect(built.value.delivery).toEqual({ behindPlanPercent: 90, activityPoints: ["Non-elective", "Elective", "Outpatients", "A&E"] });
    expect(em.workbook.worksheets.map((ws) => ws.name)).toEqual(["Plan", ...OUTPUT_SHEET_NAMES]);
  });

  it("gives the same workbook after three Build rollups as after one", async () => {
    const once = createNodeFakeExcel(planBook());
    await createQippService(new OfficeWorkbook(once.run), { now }).buildRollups();
    const thrice = createNodeFakeExcel(planBook());
    const service = createQippService(new OfficeWorkbook(thrice.run), { now });
    for (let i = 0; i < 3; i++) expect((await service.buildRollups()).ok).toBe(true);
    const dump = (wb: ExcelJS.Workbook) => wb.worksheets.map((ws) => ({ name: ws.name, rows: ws.getSheetValues(), tables: ws.getTables().length }));
    expect(dump(thrice.workbook)).toEqual(dump(once.workbook));
  });

  it("reports a malformed rule pack without changing the pack in force", async () => {
    const service = createQippService(new OfficeWorkbook(createNodeFakeExcel(planBook()).run), { now });
    const bad = await service.setRulePack('{"version": 3}', "pack.json");
    expect(bad).toMatchObject({ ok: true, value: { error: expect.stringContaining("pack.json") } });
    const junk = await service.setRulePack("{not json", "junk.json");
    expect(junk).toMatchObject({ ok: true, value: { error: expect.stringMatching(/not valid JSON/) } });
  });

  it("stops at a malformed QIPP Rules sheet with a message and writes nothing", async () => {
    const wb = planBook();
    wb.addWorksheet("QIPP Rules").getCell("A1").value = '{"version": ';
    const em = createNodeFakeExcel(wb);
    const service = createQippService(new OfficeWorkbook(em.run), { now });
    const result = await service.buildRollups();
    expect(result).toMatchObject({ ok: false, message: expect.stringMatching(/QIPP Rules.*Nothing was written/s) });
    expect(em.workbook.worksheets.map((ws) => ws.name)).toEqual(["Plan", "QIPP Rules"]);
    expect((await service.packState()).error).toBeTruthy();
  });

  it("turns a host failure into a message saying what to do next", async () => {
    const broken: WorkbookPort = {
      name: "Broken",
      listSheets: async () => [],
      readSheets: async () => {
        throw new Error("Excel is editing a cell: press Enter or Esc, then try again.");
      },
      writeSheets: async () => ({ written: [], renamed: [] }),
      selectCell: async () => undefined,
    };
    const result = await createQippService(broken).validate();
    expect(result).toEqual({ ok: false, message: "Could not validate the plans: Excel is editing a cell: press Enter or Esc, then try again." });
  });

  it("reads added plan files with ExcelJS and says which file is unreadable", async () => {
    const service = createQippService(new OfficeWorkbook(createNodeFakeExcel(planBook()).run), { now });
    const data = (await planBook().xlsx.writeBuffer()) as ArrayBuffer;
    const added = await service.addPlanFiles([{ name: "cluster.xlsx", data }]);
    if (!added.ok) throw new Error(added.message);
    // The file holds the open workbook's own plans: given twice, the open workbook (the first source) counts.
    expect(added.value.plans.map((p) => p.workbook)).not.toContain("cluster.xlsx");
    expect(added.value.files.map((f) => f.name)).toEqual(["cluster.xlsx"]);
    expect(added.value.files[0].schemes).toBeGreaterThan(0);
    const checked = await service.validate();
    if (!checked.ok) throw new Error(checked.message);
    expect(checked.value.findings.filter((f) => f.rule === "duplicate-plan").map((f) => f.workbook)).toEqual(added.value.files[0].organisations.map(() => "cluster.xlsx"));
    // The same file again replaces the earlier copy; a bad file in the same batch is reported on its own line.
    const again = await service.addPlanFiles([{ name: "cluster.xlsx", data }, { name: "bad.xlsx", data: new ArrayBuffer(4) }, { name: "notes.txt", data: new TextEncoder().encode("just some notes").buffer as ArrayBuffer }]);
    if (!again.ok) throw new Error(again.message);
    expect(again.value.files.map((f) => f.name)).toEqual(["cluster.xlsx"]);
    expect(again.value.plans.filter((p) => p.workbook === "cluster.xlsx")).toHaveLength(added.value.plans.filter((p) => p.workbook === "cluster.xlsx").length);
    expect(again.value.outcomes.map((o) => [o.name, o.ok])).toEqual([["cluster.xlsx", true], ["bad.xlsx", false], ["notes.txt", false]]);
    expect(again.value.outcomes[0].message).toMatch(/^cluster\.xlsx replaced the copy added before: /);
    expect(again.value.outcomes[1].message).toMatch(/^bad\.xlsx could not be added: not a spreadsheet/);
    expect(again.value.outcomes[2].message).toMatch(/^(No plan found in notes\.txt|notes\.txt could not be added)/);
    const removed = await service.removePlanFile!("cluster.xlsx");
    if (!removed.ok) throw new Error(removed.message);
    expect(removed.value.files).toEqual([]);
    expect(removed.value.plans.some((p) => p.workbook === "cluster.xlsx")).toBe(false);
  });
});
