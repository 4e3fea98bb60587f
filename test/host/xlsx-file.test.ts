import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { openXlsxFile, saveXlsxFile } from "../../src/host/exceljs/file";
import { XlsxWorkbook } from "../../src/host/exceljs/workbook";
import { expectedPlanGrid, outputModel, sourceWorkbook } from "./hosts";

describe("XlsxWorkbook files", () => {
  it("keeps values, text-that-looks-like-a-formula, links and tables through a save and load", async () => {
    const book = new XlsxWorkbook("source.xlsx", sourceWorkbook());
    await book.writeSheets([outputModel("QIPP Rollup")]);
    const path = join(mkdtempSync(join(tmpdir(), "qipp-")), "out.xlsx");
    await saveXlsxFile(book, path);
    const reopened = await openXlsxFile(path);
    expect(reopened.name).toBe("out.xlsx");
    const [plan, rollup] = await reopened.readSheets(["Plan", "QIPP Rollup"]);
    expect(plan).toEqual(expectedPlanGrid);
    expect(rollup.values[3][0]).toBe('=HYPERLINK("http://evil")');
    expect(rollup.values[4][0]).toBe("NHS Leeds");
    const ws = reopened.workbook.getWorksheet("QIPP Rollup")!;
    expect(ws.getCell("A4").formula).toBeUndefined();
    expect(ws.getCell("A5").hyperlink).toBe("'Plan'!B4");
  });

  it("rejects a file that is not a workbook", async () => {
    await expect(XlsxWorkbook.fromBuffer("junk.xlsx", Buffer.from("not a zip"))).rejects.toThrow();
  });
});
