import ExcelJS from "exceljs";
import { capHyperlinks, EXCEL_HYPERLINKS_PER_SHEET } from "../../src/core/report/link-cap";
import type { OutputSheet } from "../../src/core/report/model";
import { createNodeFakeExcel } from "../../src/host/fake-excel/node";

// "Hyperlinks in a worksheet: 65,530":
// https://support.microsoft.com/office/excel-specifications-and-limits-1672b34d-7043-467e-8e27-269d656771c3
const linkedRows = (n: number): OutputSheet => ({
  name: "QIPP Validation",
  rows: Array.from({ length: n }, (_, i) => [{ value: `C${i + 2}`, link: { sheet: "Plan", cell: `C${i + 2}` } }]),
  columnWidths: [],
  freezeRows: 0,
});

describe("Excel's 65,530 hyperlinks per worksheet", () => {
  it("links the first 65,530 cells of an output sheet; the rest keep their address as text", () => {
    const capped = capHyperlinks(linkedRows(EXCEL_HYPERLINKS_PER_SHEET + 5));
    const linked = capped.rows.filter((row) => row[0].link);
    expect(linked).toHaveLength(65_530);
    expect(capped.rows[65_530][0]).toEqual({ value: "C65532" });
    expect(capped.rows.at(-1)![0]).toEqual({ value: "C65536" });
    const small = linkedRows(3);
    expect(capHyperlinks(small)).toBe(small);
  });

  it("the fake host refuses a worksheet's 65,531st hyperlink, and accepts relinking a cell that has one", async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("Links");
    for (let r = 1; r <= EXCEL_HYPERLINKS_PER_SHEET; r++) ws.getCell(r, 1).value = { text: `A${r}`, hyperlink: "#Links!B1" };
    const em = createNodeFakeExcel(wb);
    const link = (address: string) =>
      em.run(async (context) => {
        context.workbook.worksheets.getItem("Links").getRange(address).hyperlink = { documentReference: "'Links'!C1", textToDisplay: "x" };
        await context.sync();
      });
    await expect(link("A1")).resolves.toBeUndefined();
    await expect(link("B1")).rejects.toMatchObject({ code: "InvalidArgument" });
    expect(ws.getCell("B1").value).toBeNull();
  });
});
