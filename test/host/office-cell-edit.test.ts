import ExcelJS from "exceljs";
import { createNodeFakeExcel } from "../../src/host/fake-excel/node";
import { OfficeWorkbook } from "../../src/host/office/workbook";
import { CELL_EDIT_MESSAGE, MAYBE_CELL_EDIT_MESSAGE } from "../../src/host/office/errors";

// Excel.ErrorCodes names InvalidOperationInCellEditMode (https://learn.microsoft.com/javascript/api/excel/excel.errorcodes);
// the delay-in-cell-edit page says only that the batch fails, and hosts have answered InvalidOperation
// (https://learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-delay-in-cell-edit).
const book = () => {
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet("Plan").getCell("A1").value = "Scheme";
  return wb;
};

describe("Excel in cell-edit mode", () => {
  it.each([
    ["InvalidOperationInCellEditMode", CELL_EDIT_MESSAGE],
    ["InvalidOperation", MAYBE_CELL_EDIT_MESSAGE],
  ] as const)("retries a batch refused with %s once, then says what to do", async (code, message) => {
    const em = createNodeFakeExcel(book(), { cellEditCode: code });
    em.setCellEditMode(true);
    await expect(new OfficeWorkbook(em.run, { cellEditRetryMs: 0 }).listSheets()).rejects.toThrow(message);
    let refused = 0;
    const leavesTheCell = new OfficeWorkbook(async (batch) => {
      try {
        return await em.run(batch);
      } catch (error) {
        refused++;
        em.setCellEditMode(false);
        throw error;
      }
    }, { cellEditRetryMs: 0 });
    em.setCellEditMode(true);
    await expect(leavesTheCell.listSheets()).resolves.toEqual(["Plan"]);
    expect(refused).toBe(1);
  });

  it("with delayForCellEdit, waits until the user leaves the cell and then runs the batch", async () => {
    expect.assertions(3);
    const em = createNodeFakeExcel(book());
    em.setCellEditMode(true);
    let done = false;
    const listing = new OfficeWorkbook(em.runWith({ delayForCellEdit: true }), { cellEditRetryMs: 0 }).listSheets().then((names) => ((done = true), names));
    await new Promise((resolve) => setImmediate(resolve));
    expect(done).toBe(false);
    em.setCellEditMode(false);
    await expect(listing).resolves.toEqual(["Plan"]);
    expect(done).toBe(true);
  });

  it("on a host without the delay, a delayForCellEdit batch still fails and is explained", async () => {
    const em = createNodeFakeExcel(book(), { delaysForCellEdit: false });
    em.setCellEditMode(true);
    await expect(new OfficeWorkbook(em.runWith({ delayForCellEdit: true }), { cellEditRetryMs: 0 }).listSheets()).rejects.toThrow(CELL_EDIT_MESSAGE);
  });
});
