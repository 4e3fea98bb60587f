import ExcelJS from "exceljs";
import { createNodeFakeExcel } from "../../src/host/fake-excel/node";
import { OfficeWorkbook } from "../../src/host/office/workbook";
import { CELL_EDIT_MESSAGE } from "../../src/host/office/errors";
import { outputModel } from "./hosts";
import { cellAt } from "../../src/core/grid";

function planWorkbook(sheets: number, rows: number, columns = 12): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  for (let s = 0; s < sheets; s++) {
    const ws = wb.addWorksheet(`Plan ${s + 1}`);
    ws.addRow(Array.from({ length: columns }, (_, c) => `Header ${c}`));
    for (let r = 0; r < rows; r++) ws.addRow(Array.from({ length: columns }, (_, c) => (c === 0 ? `Scheme ${r}` : r * c + 0.5)));
  }
  return wb;
}

async function readSyncs(wb: ExcelJS.Workbook): Promise<number> {
  const em = createNodeFakeExcel(wb);
  await new OfficeWorkbook(em.run).readSheets();
  return em.stats.syncs;
}

describe("Office.js host batching", () => {
  it("reads 10 sheets x 500 rows in no more syncs than 1 sheet x 5 rows", async () => {
    const small = await readSyncs(planWorkbook(1, 5));
    const large = await readSyncs(planWorkbook(10, 500));
    // names, used ranges, values, and Excel.run's closing request that releases the ranges it tracked
    expect(small).toBeLessThanOrEqual(4);
    expect(large).toBeLessThanOrEqual(small);
  });

  it("halves chunks when long text makes a response bigger than estimated", async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("Long");
    for (let r = 0; r < 400; r++) ws.addRow(["x".repeat(500)]);
    const em = createNodeFakeExcel(wb, { payloadLimitBytes: 64 * 1024 });
    const [grid] = await new OfficeWorkbook(em.run, { payloadLimitBytes: 64 * 1024 }).readSheets();
    expect(grid.values).toHaveLength(400);
    expect(grid.values.every((row) => row[0] === "x".repeat(500))).toBe(true);
  });

  it("sends fewer chunks when even single rows of many sheets overflow together", async () => {
    const wb = new ExcelJS.Workbook();
    for (let s = 0; s < 8; s++) wb.addWorksheet(`Note ${s}`).getCell("A1").value = `${s}`.repeat(10_000);
    const limit = 32 * 1024;
    const em = createNodeFakeExcel(wb, { payloadLimitBytes: limit });
    const grids = await new OfficeWorkbook(em.run, { payloadLimitBytes: limit }).readSheets();
    expect(grids.map((g) => g.values[0][0])).toEqual([0, 1, 2, 3, 4, 5, 6, 7].map((s) => `${s}`.repeat(10_000)));
    expect(em.stats.syncs).toBeLessThanOrEqual(10);
  });

  it("reads a sheet with one stray cell at row 1,048,576 in a handful of small syncs", async () => {
    const wb = planWorkbook(1, 49, 8);
    wb.getWorksheet("Plan 1")!.getCell("C1048576").value = "stray";
    const em = createNodeFakeExcel(wb);
    const [grid] = await new OfficeWorkbook(em.run).readSheets();
    expect(grid.values).toHaveLength(1_048_576);
    expect(cellAt(grid, 1_048_575, 2)).toBe("stray");
    expect(grid.values[49]).toEqual(["Scheme 48", 48.5, 96.5, 144.5, 192.5, 240.5, 288.5, 336.5]);
    expect(grid.values[600_000]).toEqual(Array(8).fill(null));
    expect(em.stats.syncs).toBeLessThanOrEqual(6);
    expect(em.stats.responseBytes).toBeLessThan(1024 * 1024);
  });

  it("fills each sync close to the payload limit", async () => {
    const limit = 256 * 1024;
    const em = createNodeFakeExcel(planWorkbook(1, 15_000, 8), { payloadLimitBytes: limit });
    const [grid] = await new OfficeWorkbook(em.run, { payloadLimitBytes: limit }).readSheets();
    expect(grid.values[15_000][0]).toBe("Scheme 14999");
    expect(em.stats.syncs).toBeGreaterThan(4); // the read really was split
    expect(em.stats.maxResponseBytes).toBeLessThanOrEqual(limit);
    expect(em.stats.syncs).toBeLessThanOrEqual(Math.ceil(em.stats.responseBytes / limit) + 5); // + Excel.run's closing request
  }, 60_000);

  it("probes the rest of a sheet with Range.getUsedRangeOrNullObject", async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("Gaps");
    ws.getCell("B2").value = 1;
    ws.getCell("D9").value = 2;
    const em = createNodeFakeExcel(wb);
    const [used, none] = await em.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Gaps");
      const probes = [sheet.getRange("A3:F20").getUsedRangeOrNullObject(true), sheet.getRange("A10:F20").getUsedRangeOrNullObject(true)];
      probes.forEach((p) => p.load("address"));
      await context.sync();
      return probes.map((p) => (p.isNullObject ? null : p.address));
    });
    expect([used, none]).toEqual(["Gaps!D9", null]);
  });

  it("writes output sheets in a constant number of syncs, whatever their size", async () => {
    const syncsFor = async (extraRows: number) => {
      const em = createNodeFakeExcel(planWorkbook(1, 5));
      const model = outputModel("QIPP Rollup");
      for (let i = 0; i < extraRows; i++) model.rows.push([{ value: `Org ${i}`, fill: i % 2 ? "EEEEEE" : undefined }, { value: i, numberFormat: "#,##0" }]);
      await new OfficeWorkbook(em.run).writeSheets([model, outputModel("QIPP Validation")]);
      expect(em.stats.calculationSuspends).toBeGreaterThan(0);
      return em.stats.syncs;
    };
    expect(await syncsFor(2000)).toBe(await syncsFor(0));
  });

  it("retries once in cell-edit mode, then asks the user to leave the cell", async () => {
    const em = createNodeFakeExcel(planWorkbook(1, 2));
    em.setCellEditMode(true);
    const port = new OfficeWorkbook(em.run, { cellEditRetryMs: 0 });
    await expect(port.readSheets()).rejects.toThrow(CELL_EDIT_MESSAGE);
    let failures = 0;
    const flaky = new OfficeWorkbook(async (batch) => {
      try {
        return await em.run(batch);
      } catch (error) {
        failures++;
        em.setCellEditMode(false);
        throw error;
      }
    }, { cellEditRetryMs: 0 });
    await expect(flaky.listSheets()).resolves.toEqual(["Plan 1"]);
    expect(failures).toBe(1);
  });
});
