import ExcelJS from "exceljs";
import { plainValue } from "../../src/host/exceljs/cells";
import { createNodeFakeExcel } from "../../src/host/fake-excel/node";
import { OfficeWorkbook } from "../../src/host/office/workbook";
import { OUTPUT_SHEET_NAMES } from "../../src/core/report/model";
import { outputModel, sourceWorkbook } from "./hosts";
import { faultIndices } from "../support/fault-indices";

type Snapshot = Record<string, unknown[][]>;

function snapshot(wb: ExcelJS.Workbook): Snapshot {
  const out: Snapshot = {};
  for (const ws of wb.worksheets) {
    const rows: unknown[][] = [];
    ws.eachRow((row, r) => row.eachCell((cell, c) => ((rows[r - 1] ??= [])[c - 1] = JSON.stringify([plainValue(cell), cell.numFmt ?? null]))));
    out[ws.name] = rows;
  }
  return out;
}

// GeneralException may mean an oversized request and is retried in smaller ones (see office-syncs), so the
// failure path is driven with a code the port never retries: its assertions then run for every failing sync.
const FAULT = "AccessDenied";

const newModels = () => OUTPUT_SHEET_NAMES.map((name) => outputModel(name, "new"));

async function workbookWithOldOutputs(): Promise<ExcelJS.Workbook> {
  const wb = sourceWorkbook();
  const em = createNodeFakeExcel(wb);
  await new OfficeWorkbook(em.run).writeSheets(OUTPUT_SHEET_NAMES.slice(0, 2).map((name) => outputModel(name, "old")));
  wb.addWorksheet("After").getCell("A1").value = "user sheet after the outputs";
  return wb;
}

describe("Office.js host under injected faults", () => {
  it("leaves user sheets unchanged and output sheets old or complete-new when any sync of a write fails", async () => {
    const clean = createNodeFakeExcel(await workbookWithOldOutputs());
    await new OfficeWorkbook(clean.run).writeSheets(newModels());
    const totalSyncs = clean.stats.syncs;
    const complete = snapshot(clean.workbook);
    expect(totalSyncs).toBeGreaterThanOrEqual(4);

    let failed = 0;
    let written = 0;
    for (const failing of faultIndices(totalSyncs)) {
      const wb = await workbookWithOldOutputs();
      const before = snapshot(wb);
      const em = createNodeFakeExcel(wb);
      em.failAtSync(failing, FAULT);
      const outcome = await new OfficeWorkbook(em.run).writeSheets(newModels()).then(() => "written", (e: { code?: string }) => e.code);
      const after = snapshot(wb);
      // A fault in Excel.run's closing request (releasing tracked ranges) is not reported: the write is then complete.
      if (outcome === "written") {
        expect(after).toEqual(complete);
        written++;
        continue;
      }
      failed++;
      expect(outcome).toBe(FAULT);
      expect(Object.keys(after)).toEqual(Object.keys(before));
      for (const name of Object.keys(before)) {
        expect(after[name]).toEqual(before[name]);
      }
      for (const name of OUTPUT_SHEET_NAMES) {
        if (after[name]) expect([before[name], complete[name]]).toContainEqual(after[name]);
      }
    }
    // A fault in the swap request is finished forward (swap-recovery.ts) and one in the closing request is not
    // reported: those end complete. Every other fault reached the failure path's assertions.
    expect(written).toBeLessThanOrEqual(2);
    expect(failed + written).toBe(faultIndices(totalSyncs).length);
    expect(failed).toBeGreaterThanOrEqual(2);
  });

  it("finishes a swap whose request failed, leaving no temporary sheet", async () => {
    const wb = await workbookWithOldOutputs();
    const em = createNodeFakeExcel(wb);
    em.failAtSync(4, FAULT); // names, A2s, new sheets, then the swap
    await expect(new OfficeWorkbook(em.run).writeSheets(newModels())).resolves.toMatchObject({ written: OUTPUT_SHEET_NAMES });
    expect(wb.worksheets.some((ws) => ws.name.includes("~"))).toBe(false);
    expect(wb.getWorksheet("QIPP Rollup")!.getCell("A1").value).toBe("new");
  });

  it("leaves no temporary sheet behind when building the new sheets failed, and a retry then succeeds", async () => {
    const wb = await workbookWithOldOutputs();
    const em = createNodeFakeExcel(wb);
    const port = new OfficeWorkbook(em.run);
    em.failAtSync(3, FAULT);
    await expect(port.writeSheets(newModels())).rejects.toMatchObject({ code: FAULT });
    expect(wb.getWorksheet("QIPP Rollup")!.getCell("A1").value).toBe("old");
    expect(wb.worksheets.some((ws) => ws.name.includes("~"))).toBe(false);
    await port.writeSheets(newModels());
    expect(wb.worksheets.map((ws) => ws.name)).toEqual(["Plan", "Cover", "Blank", "QIPP Validation", "QIPP Rollup", "After", "QIPP RAG Summary", "QIPP Submission", "QIPP Exceptions", "QIPP Report Card", "QIPP Delivery"]);
    expect(wb.getWorksheet("QIPP Rollup")!.getCell("A1").value).toBe("new");
  });
});

describe("Build rollups under injected faults", () => {
  const now = () => new Date(Date.UTC(2012, 0, 1));
  const book = () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("Plan");
    ws.addRow(["Scheme", "Workstream", "2011/12", "2012/13", "2013/14", "2014/15", "RAG"]);
    ws.addRow(["Scheme A", "Planned care", 100, 200, 300, 400, "Green"]);
    return wb;
  };

  it("fails cleanly at every sync: user sheets as before, output sheets old or complete-new", async () => {
    const { createQippService } = await import("../../src/app/service");
    const prepared = async () => {
      const wb = book();
      const em = createNodeFakeExcel(wb);
      const first = await createQippService(new OfficeWorkbook(em.run), { now: () => new Date(Date.UTC(2011, 0, 1)) }).buildRollups();
      if (!first.ok) throw new Error(first.message);
      return wb;
    };
    const clean = createNodeFakeExcel(await prepared());
    expect((await createQippService(new OfficeWorkbook(clean.run), { now }).buildRollups()).ok).toBe(true);
    const complete = snapshot(clean.workbook);
    const total = clean.stats.syncs;
    let failed = 0;
    for (const failing of faultIndices(total)) {
      const wb = await prepared();
      const before = snapshot(wb);
      const em = createNodeFakeExcel(wb);
      em.failAtSync(failing, FAULT);
      const result = await createQippService(new OfficeWorkbook(em.run), { now }).buildRollups();
      const after = snapshot(wb);
      if (result.ok) {
        expect(after).toEqual(complete);
        continue;
      }
      failed++;
      expect(Object.keys(after)).toEqual(Object.keys(before));
      expect(after.Plan).toEqual(before.Plan);
      for (const name of OUTPUT_SHEET_NAMES) expect([before[name], complete[name]]).toContainEqual(after[name]);
    }
    expect(failed).toBeGreaterThanOrEqual(1); // the failure path's assertions ran
  });
});
