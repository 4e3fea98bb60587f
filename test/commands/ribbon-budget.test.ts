import ExcelJS from "exceljs";
import { createNodeFakeExcel } from "../../src/host/fake-excel/node";
import { OfficeWorkbook } from "../../src/host/office/workbook";
import { createQippService } from "../../src/app/service";
import { commandNotifier } from "../../src/commands/notify";
import { estimatedSeconds, RIBBON_COMMAND_LIMIT_S, usedRows, withinRibbonLimit } from "../../src/commands/ribbon-budget";

// "The runtime closes when either the function completes or 5 minutes have passed":
// https://learn.microsoft.com/office/dev/add-ins/design/add-in-commands
function plan(rows: number): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Plan");
  ws.addRow(["Scheme", "Workstream", "2011/12", "2012/13", "2013/14", "2014/15", "RAG"]);
  for (let i = 0; i < rows; i++) ws.addRow([`Scheme ${i}`, "Planned care", 100 + i, 200, 300, 400, "Green"]);
  return wb;
}

describe("a ribbon command's 5 minutes", () => {
  it("Build rollups on the fake host fits the budget: syncs and bytes counted through Microsoft's library", async () => {
    const em = createNodeFakeExcel(plan(500));
    const service = createQippService(new OfficeWorkbook(em.run));
    expect((await service.buildRollups()).ok).toBe(true);
    expect(em.stats.syncs).toBeGreaterThan(3);
    const seconds = estimatedSeconds(em.stats);
    expect(seconds).toBeGreaterThan(em.stats.syncs); // a second a sync, plus the bytes
    expect(seconds).toBeLessThan(RIBBON_COMMAND_LIMIT_S);
    // The measured 200,000-scheme national workbook (README "Office.js costs", re-measured 7 December 2026): 46 syncs, 50.47 MB sent, 62.01 MB back.
    expect(estimatedSeconds({ syncs: 46, requestBytes: 50.47 * 2 ** 20, responseBytes: 62.01 * 2 ** 20 })).toBeLessThan(RIBBON_COMMAND_LIMIT_S - 60);
  });

  it("hands a workbook over the row limit to the pane without running the action", async () => {
    const em = createNodeFakeExcel(plan(30));
    expect(await usedRows(em.run)).toBe(31);
    const action = jest.fn(async () => ({ ok: true as const, value: 1 }));
    const refused = await withinRibbonLimit(em.run, action, 30);
    expect(action).not.toHaveBeenCalled();
    expect(refused).toEqual({ ok: false, message: expect.stringContaining("Open the QIPP pane and run it there") });
    expect(refused.ok ? "" : refused.message).toContain("31 rows");
    await expect(withinRibbonLimit(em.run, action, 31)).resolves.toEqual({ ok: true, value: 1 });
    expect(action).toHaveBeenCalledTimes(1);
  });

  it("saves the outcome in the document's settings once per command, then shows it", async () => {
    const saves: string[] = [];
    const shown: string[] = [];
    const settings = { set: () => undefined, saveAsync: (done: (r: { status: string }) => void) => (saves.push("save"), done({ status: "succeeded" })) };
    const notify = commandNotifier(settings, async (notice) => void shown.push(notice.title));
    await notify({ kind: "success", title: "Validated", text: "No findings." });
    expect(saves).toEqual(["save"]);
    expect(shown).toEqual(["Validated"]);
  });
});
