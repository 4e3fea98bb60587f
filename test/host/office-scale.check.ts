import ExcelJS from "exceljs";
import { OUTPUT_MARKER, type OutputSheet } from "../../src/core/report/model";
import { createNodeFakeExcel } from "../../src/host/fake-excel/node";
import { OfficeWorkbook } from "../../src/host/office/workbook";
import { createQippService } from "../../src/app/service";

const MB = 1024 * 1024;

function planBook(plans: number, schemes: number): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  for (let p = 0; p < plans; p++) {
    const ws = wb.addWorksheet(`Plan ${p + 1}`);
    ws.addRow(["Scheme", "Workstream", "2011/12", "2012/13", "2013/14", "2014/15", "RAG"]);
    for (let s = 0; s < schemes; s++) ws.addRow([`Scheme ${s}`, "Planned care", 10 + s, 20, 30, 40, "Green"]);
  }
  return wb;
}


/** One sheet of `rows` schemes over 8 columns, numbers with a fraction (as office-syncs.test.ts builds them). */
function planBook8(rows: number): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Plan 1");
  ws.addRow(Array.from({ length: 8 }, (_, c) => `Header ${c}`));
  for (let r = 0; r < rows; r++) ws.addRow(Array.from({ length: 8 }, (_, c) => (c === 0 ? `Scheme ${r}` : r * c + 0.5)));
  return wb;
}

describe("Office.js host at scale", () => {
  it("reads a 50,000-row sheet in chunks that each stay under the payload limit", async () => {
    const wb = planBook8(50_000);
    const limit = 4 * 1024 * 1024;
    const em = createNodeFakeExcel(wb, { payloadLimitBytes: 5 * 1024 * 1024 });
    const [grid] = await new OfficeWorkbook(em.run, { payloadLimitBytes: limit }).readSheets();
    expect(grid.values).toHaveLength(50_001);
    expect(grid.values[50_000]).toEqual(["Scheme 49999", 49999.5, 99998.5, 149997.5, 199996.5, 249995.5, 299994.5, 349993.5]);
    expect(em.stats.syncs).toBeGreaterThan(3);
    expect(em.stats.maxResponseBytes).toBeLessThanOrEqual(limit);
  }, 60_000);

  it("validating 10 plans x 500 schemes adds syncs only as the real request bytes pass the 5 MB limit", async () => {
    const validate = async (wb: ExcelJS.Workbook) => {
      const em = createNodeFakeExcel(wb);
      const result = await createQippService(new OfficeWorkbook(em.run)).validate();
      if (!result.ok) throw new Error(result.message);
      return em.stats;
    };
    const small = await validate(planBook(1, 5));
    const large = await validate(planBook(10, 500));
    expect(large.maxRequestBytes).toBeLessThanOrEqual(5 * MB);
    expect(large.maxResponseBytes).toBeLessThanOrEqual(5 * MB);
    // A sync per budget's worth (the host budgets 4 MiB, by estimate) of real request bytes, beyond the fixed ones.
    expect(large.syncs).toBeLessThanOrEqual(small.syncs + Math.ceil(large.requestBytes / (2 * MB)));
  }, 60_000);

  it("reads a workbook of 200 sheets in the same few syncs", async () => {
    const em = createNodeFakeExcel(planBook(200, 3));
    const grids = await new OfficeWorkbook(em.run).readSheets();
    expect(grids).toHaveLength(200);
    expect(grids[199].values[3]).toEqual(["Scheme 2", "Planned care", 12, 20, 30, 40, "Green"]);
    expect(em.stats.syncs).toBe(4); // three, and Excel.run's closing request
  });

  it("reads a sheet using row 1,048,576 and one using column XFD within the payload limit", async () => {
    const wb = new ExcelJS.Workbook();
    const tall = wb.addWorksheet("Tall");
    tall.getCell("B1").value = "top";
    tall.getCell("B1048576").value = "bottom";
    const wide = wb.addWorksheet("Wide");
    wide.getCell("A2").value = 1;
    wide.getCell(3, 16384).value = "far right";
    const em = createNodeFakeExcel(wb);
    const [t, w] = await new OfficeWorkbook(em.run).readSheets();
    expect(t.values).toHaveLength(1_048_576);
    expect([t.top, t.left, t.values[0][0], t.values[1_048_575][0], t.values[500_000][0]]).toEqual([0, 1, "top", "bottom", null]);
    expect([w.top, w.values[0].length, w.values[1][16383]]).toEqual([1, 16384, "far right"]);
    expect(em.stats.maxResponseBytes).toBeLessThanOrEqual(4 * MB);
  }, 120_000);

  it("writes a 60,000-row output sheet in requests under the payload limit", async () => {
    const rows: OutputSheet["rows"] = [[{ value: "Big" }], [{ value: OUTPUT_MARKER }], [{ value: "Organisation" }, { value: "£000" }]];
    for (let i = 0; i < 60_000; i++) rows.push([{ value: `=Org ${i}` }, { value: i * 1.5, numberFormat: "#,##0.0", fill: i % 10 ? undefined : "FFC7CE" }]);
    const em = createNodeFakeExcel(planBook(1, 1), { payloadLimitBytes: MB });
    await new OfficeWorkbook(em.run, { payloadLimitBytes: MB }).writeSheets([{ name: "QIPP Rollup", rows, columnWidths: [20, 10], freezeRows: 3 }]);
    expect(em.stats.maxRequestBytes).toBeLessThanOrEqual(MB);
    const ws = em.workbook.getWorksheet("QIPP Rollup")!;
    expect(ws.getCell("A60003").value).toBe("=Org 59999");
    expect(ws.getCell("B60003").value).toBe(59999 * 1.5);
    expect(ws.rowCount).toBe(60_003);
  }, 120_000);
});

describe("Validate's sheet for 30,000 findings", () => {
  it("is written in requests and responses under 5 MB, counted in real bytes, with nothing left for Excel.run to release", async () => {
    const { validationWriteCosts } = await import("../../bench/office-findings");
    const stats = await validationWriteCosts(30_000);
    expect(stats.maxRequestBytes).toBeLessThanOrEqual(5 * MB);
    expect(stats.maxResponseBytes).toBeLessThanOrEqual(5 * MB);
    expect(stats.requestBytes).toBeGreaterThan(10 * MB);
  }, 300_000);
});
