import ExcelJS from "exceljs";
import { buildReportSheets } from "../../src/core/report";
import { rollup } from "../../src/core/rollup";
import { createNodeFakeExcel, LATEST_EXCEL_API } from "../../src/host/fake-excel/node";
import { MANIFEST_MIN_EXCEL_API } from "../../src/host/office/requirements";
import { OfficeWorkbook } from "../../src/host/office/workbook";
import { plainValue } from "../../src/host/exceljs/cells";
import type { ApiLevel } from "../../src/host/fake-excel/node";
import { defaultPack } from "../support/pack";
import { clusterPlans } from "../support/report-card-plans";

const pack = defaultPack();
const models = (plans = clusterPlans()) =>
  buildReportSheets({ pack, workbooks: ["North East.xlsx"], generatedAt: new Date(2011, 9, 3), findings: [], plans, rollup: rollup(plans, pack), rulePack: pack }).slice(1);

/** The row (1-based) whose cell in `column` holds `value`. */
function rowOf(ws: ExcelJS.Worksheet, column: number, value: string): number {
  for (let r = 1; r <= ws.rowCount; r++) if (plainValue(ws.getCell(r, column)) === value) return r;
  throw new Error(`${value} not found on ${ws.name}`);
}

// Below ExcelApi 1.9 the sheets are swapped; from 1.9 replaced in place (copyFrom): both keep the user's cells.
describe.each([MANIFEST_MIN_EXCEL_API as ApiLevel, LATEST_EXCEL_API])("a rebuild through the fake Excel host at ExcelApi %s", (level) => {
  it("keeps responses with their schemes, lists closed ones, keeps sign-off values, and sets the page up from 1.9", async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("Plan").getCell("A1").value = "the user's plan";
    const emulator = createNodeFakeExcel(wb, { level });
    const port = new OfficeWorkbook(emulator.run, { cellEditRetryMs: 0, supports: (v) => emulator.isSetSupported("ExcelApi", v) });
    await port.writeSheets(models());

    // The user types, as in Excel.
    const exceptions = wb.getWorksheet("QIPP Exceptions")!;
    const response = exceptions.columnCount;
    expect(plainValue(exceptions.getCell(rowOf(exceptions, 5, "Ref"), response))).toBe("Response");
    exceptions.getCell(rowOf(exceptions, 5, "T1"), response).value = "Recovery plan agreed";
    exceptions.getCell(rowOf(exceptions, 5, "L1"), response).value = "Escalated to the board";
    const card = wb.getWorksheet("QIPP Report Card")!;
    card.getCell(rowOf(card, 3, "L1"), 10).value = "Board paper in October";
    card.getCell(rowOf(card, 1, "QIPP lead"), 2).value = "Jo Bloggs";

    const plans = clusterPlans();
    plans[0].schemes[0].rag = "green"; // T1 is no longer an exception
    plans[0].schemes[0].ytdActual = plans[0].schemes[0].ytdPlan; // and delivered to date, so no longer behind plan
    const result = await port.writeSheets(models(plans));
    expect(result.written).toContain("QIPP Report Card");

    const ex = wb.getWorksheet("QIPP Exceptions")!;
    expect(plainValue(ex.getCell(rowOf(ex, 5, "L1"), response))).toBe("Escalated to the board");
    const closed = rowOf(ex, 1, "Closed since the last build");
    expect([plainValue(ex.getCell(closed + 2, 1)), plainValue(ex.getCell(closed + 2, 2)), plainValue(ex.getCell(closed + 2, response))]).toEqual(["Tees", "T1", "Recovery plan agreed"]);
    expect(() => rowOf(ex, 5, "T1")).toThrow();
    const rc = wb.getWorksheet("QIPP Report Card")!;
    expect(plainValue(rc.getCell(rowOf(rc, 3, "L1"), 10))).toBe("Board paper in October");
    expect(plainValue(rc.getCell(rowOf(rc, 1, "QIPP lead"), 2))).toBe("Jo Bloggs");
    expect(wb.worksheets.map((s) => s.name)).toEqual(["Plan", "QIPP Rollup", "QIPP RAG Summary", "QIPP Submission", "QIPP Exceptions", "QIPP Report Card", "QIPP Delivery"]);
    expect(plainValue(wb.getWorksheet("Plan")!.getCell("A1"))).toBe("the user's plan");

    // A third build changes nothing the user typed (idempotent).
    await port.writeSheets(models(plans));
    expect(plainValue(wb.getWorksheet("QIPP Report Card")!.getCell(rowOf(rc, 1, "QIPP lead"), 2))).toBe("Jo Bloggs");

    if (level === LATEST_EXCEL_API) expect(rc.pageSetup).toMatchObject({ orientation: "landscape", fitToPage: true, fitToWidth: 1, fitToHeight: 0, printTitlesRow: "1:2" });
    else expect(rc.pageSetup.orientation).not.toBe("landscape");
  });
});

describe("a rebuild whose earlier sheets are bigger than one response", () => {
  it("reads the user's cells in chunks under the payload limit, and keeps them", async () => {
    // Excel on the web refuses a response over 5 MB: a report card of tens of thousands of rows is more.
    // Here the limit is small enough that the earlier report card's values do not fit in one response.
    const limit = 64 * 1024;
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("Plan").getCell("A1").value = "the user's plan";
    const emulator = createNodeFakeExcel(wb, { payloadLimitBytes: limit });
    const port = new OfficeWorkbook(emulator.run, { cellEditRetryMs: 0, payloadLimitBytes: limit, supports: (v) => emulator.isSetSupported("ExcelApi", v) });
    // 300 more red schemes: 300 more material exceptions on the report card.
    const plans = clusterPlans();
    const t1 = plans[0].schemes[0];
    for (let i = 0; i < 300; i++) plans[0].schemes.push({ ...t1, text: { ...t1.text, schemeRef: { ...t1.text.schemeRef!, text: `X${i}`, raw: `X${i}` } } });
    await port.writeSheets(models(plans));
    // The earlier sheets' values in one response are over the limit (what a rebuild used to ask for).
    const whole = emulator.run(async (context) => {
      const used = ["QIPP Exceptions", "QIPP Report Card"].map((name) => context.workbook.worksheets.getItem(name).getUsedRange().load("values"));
      await context.sync();
      return used.length;
    });
    await expect(whole).rejects.toMatchObject({ code: "ResponsePayloadSizeLimitExceeded" });
    const card = wb.getWorksheet("QIPP Report Card")!;
    card.getCell(rowOf(card, 3, "L1"), 10).value = "Board paper in October";
    card.getCell(rowOf(card, 1, "QIPP lead"), 2).value = "Jo Bloggs";

    await port.writeSheets(models(plans));
    const rc = wb.getWorksheet("QIPP Report Card")!;
    expect(plainValue(rc.getCell(rowOf(rc, 3, "L1"), 10))).toBe("Board paper in October");
    expect(plainValue(rc.getCell(rowOf(rc, 1, "QIPP lead"), 2))).toBe("Jo Bloggs");
  });
});
