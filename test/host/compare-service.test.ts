import ExcelJS from "exceljs";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { createNodeFakeExcel } from "../../src/host/fake-excel/node";
import { OfficeWorkbook } from "../../src/host/office/workbook";
import { createQippService } from "../../src/app/service";

const SAMPLES = join(__dirname, "..", "..", "samples");
const now = () => new Date(Date.UTC(2011, 7, 1));
const arrayBuffer = (b: Buffer) => b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength) as ArrayBuffer;

async function openSample() {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(arrayBuffer(readFileSync(join(SAMPLES, "sha-workbook.xlsx"))));
  return wb;
}

describe("Compare with an earlier version (service over the Office.js host)", () => {
  it("writes QIPP Changes and QIPP Exceptions into the open workbook and leaves its plan sheets alone", async () => {
    const wb = await openSample();
    const sheetsBefore = wb.worksheets.map((ws) => ws.name);
    const firstPlan = wb.worksheets[1];
    const cellsBefore = JSON.stringify(firstPlan.getSheetValues());
    const em = createNodeFakeExcel(wb);
    const service = createQippService(new OfficeWorkbook(em.run, { name: "sha-workbook.xlsx" }), { now });
    const result = await service.compareWith({ name: "sha-workbook-earlier.xlsx", data: arrayBuffer(readFileSync(join(SAMPLES, "sha-workbook-earlier.xlsx"))) });
    if (!result.ok) throw new Error(result.message);
    expect(result.value.written).toEqual(["QIPP Changes", "QIPP Exceptions"]);
    expect(wb.worksheets.map((ws) => ws.name)).toEqual([...sheetsBefore, "QIPP Changes", "QIPP Exceptions"]);
    expect(JSON.stringify(firstPlan.getSheetValues())).toBe(cellsBefore);
    const n = result.value.comparison.national;
    expect(n.before + n.new - n.dropped + n.changed).toBe(n.after);
    expect(n.counts.new).toBeGreaterThan(0);
    expect(result.value.comparison.exceptions.length).toBeGreaterThan(0);
  });

  it("takes several earlier versions: the last chosen is today's change, every one is in the trend, the open workbook last", async () => {
    const em = createNodeFakeExcel(await openSample());
    const service = createQippService(new OfficeWorkbook(em.run, { name: "sha-workbook.xlsx" }), { now });
    const earlier = arrayBuffer(readFileSync(join(SAMPLES, "sha-workbook-earlier.xlsx")));
    const result = await service.compareWith([{ name: "july.xlsx", data: earlier }, { name: "sha-workbook-earlier.xlsx", data: earlier }]);
    if (!result.ok) throw new Error(result.message);
    expect(result.value.earlier).toBe("sha-workbook-earlier.xlsx");
    expect(result.value.trend.map((t) => t.workbooks[0])).toEqual(["july.xlsx", "sha-workbook-earlier.xlsx", "sha-workbook.xlsx"]);
    expect(result.value.trend[2].national.total).toBe(result.value.comparison.national.after);
    expect(result.value.trend[1].national.total).toBe(result.value.comparison.national.before);
    const moves = result.value.comparison.movements;
    expect([moves.filter((m) => m.kind === "dropped").length, moves.filter((m) => m.kind === "improved").length]).toEqual([39, 13]);
  });

  it("says so, and writes nothing, when the chosen file is not a workbook or holds no plans", async () => {
    const wb = await openSample();
    const names = wb.worksheets.map((ws) => ws.name);
    const em = createNodeFakeExcel(wb);
    const service = createQippService(new OfficeWorkbook(em.run, { name: "sha-workbook.xlsx" }), { now });
    const junk = await service.compareWith({ name: "notes.xlsx", data: new TextEncoder().encode("not a zip").buffer as ArrayBuffer });
    expect(junk).toMatchObject({ ok: false, message: expect.stringContaining("\"notes.xlsx\" is not a readable workbook") });
    const empty = new ExcelJS.Workbook();
    empty.addWorksheet("Notes").addRow(["Nothing here"]);
    const none = await service.compareWith({ name: "empty.xlsx", data: arrayBuffer(Buffer.from(await empty.xlsx.writeBuffer())) });
    expect(none).toMatchObject({ ok: false, message: expect.stringContaining("holds no plan sheets") });
    expect(wb.worksheets.map((ws) => ws.name)).toEqual(names);
  });
});
