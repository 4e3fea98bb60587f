import type ExcelJS from "exceljs";
import { at, expectOk, isOutputSheet, officeService, reload, smallPlans, snapshot, xlsxService } from "./books";

const RUNS = 4;
const withoutTimestamps = (wb: ExcelJS.Workbook) => snapshot(wb, (sheet, address) => isOutputSheet(sheet) && address === "A2");
const tables = (wb: ExcelJS.Workbook) => wb.worksheets.map((ws) => [ws.name, Object.keys((ws as unknown as { tables: object }).tables ?? {})]);
const stamp = (run: number) => at(`2012-01-0${run + 1}T09:0${run}:00Z`);

describe(`Build rollups run ${RUNS} times gives the workbook of one run (but for the time stamp in A2)`, () => {
  it("Office.js host on the emulator", async () => {
    const once = smallPlans();
    await expectOk(officeService(once, stamp(0)).service.buildRollups());
    const many = smallPlans();
    for (let run = 0; run < RUNS; run++) await expectOk(officeService(many, stamp(run)).service.buildRollups());

    expect(many.worksheets.map((ws) => ws.name)).toEqual(once.worksheets.map((ws) => ws.name));
    expect(withoutTimestamps(many)).toEqual(withoutTimestamps(once));
    expect(tables(many)).toEqual(tables(once));
    expect(many.getWorksheet("QIPP Rollup")!.getCell("A2").value).not.toEqual(once.getWorksheet("QIPP Rollup")!.getCell("A2").value);
  });

  it("ExcelJS host, saved and reopened between runs", async () => {
    const first = xlsxService(smallPlans(), stamp(0));
    await expectOk(first.service.buildRollups());
    const once = await reload(await first.port.toBuffer());
    let file = await xlsxService(smallPlans()).port.toBuffer();
    for (let run = 0; run < RUNS; run++) {
      const { service, port } = xlsxService(await reload(file), stamp(run));
      await expectOk(service.buildRollups());
      file = await port.toBuffer();
    }
    const many = await reload(file);
    expect(many.worksheets.map((ws) => ws.name)).toEqual(once.worksheets.map((ws) => ws.name));
    expect(withoutTimestamps(many)).toEqual(withoutTimestamps(once));
    expect(tables(many)).toEqual(tables(once));
  });
});
