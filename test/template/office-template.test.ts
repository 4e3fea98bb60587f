import ExcelJS from "exceljs";
import { defaultPack } from "../../src/core/rules/load";
import { createNodeFakeExcel, LATEST_EXCEL_API, type ApiLevel } from "../../src/host/fake-excel/node";
import { OfficeWorkbook } from "../../src/host/office/workbook";
import { NO_VALIDATION, officeTemplateWriter } from "../../src/host/office/template";
import { MANIFEST_MIN_EXCEL_API } from "../../src/host/office/requirements";
import { createQippService } from "../../src/app/service";

const pack = defaultPack();
const org = pack.organisations[3];

function setup() {
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet("Notes").addRow(["kept as it is", 7]);
  const emulator = createNodeFakeExcel(wb);
  const actions = createQippService(new OfficeWorkbook(emulator.run, { name: "open.xlsx" }), { templates: officeTemplateWriter(emulator.run, () => false) });
  return { wb, actions, emulator };
}

describe("New plan sheet over Office.js (fake Excel host), where isSetSupported says no to 1.8", () => {
  it("adds the plan sheet and QIPP Lists, says what this Excel could not add, and leaves other sheets alone", async () => {
    const { wb, actions } = setup();
    const orgs = await actions.templateOrganisations!();
    expect(orgs.ok && orgs.value).toEqual(pack.organisations.map((o) => o.name));
    const added = await actions.addPlanSheet!(org.name);
    expect(added).toEqual({ ok: true, value: { sheet: org.name, notes: [NO_VALIDATION] } });
    expect(wb.worksheets.map((w) => w.name)).toEqual(["Notes", "QIPP Lists", org.name]);
    expect(wb.getWorksheet("Notes")!.getRow(1).values).toEqual([undefined, "kept as it is", 7]);
    const ws = wb.getWorksheet(org.name)!;
    expect(ws.getCell("B2").value).toBe(org.name);
    expect(ws.views[0]).toMatchObject({ state: "frozen", ySplit: 6 });
    const header = (ws.getRow(6).values as unknown[]).slice(1);
    const totalCol = header.indexOf("Total") + 1;
    expect(ws.getCell(7, totalCol).value).toMatchObject({ formula: expect.stringMatching(/^IF\(COUNT\(/) });
    expect(ws.getCell(7, totalCol).numFmt).toBe("#,##0");
    expect(ws.getCell(6, 1).font?.bold).toBe(true);
    expect(wb.getWorksheet("QIPP Lists")!.getCell("A2").value).toBe(pack.workstreams[0].name);
  });

  it("refuses a second sheet for the same organisation, and a sheet for another shares the one QIPP Lists sheet", async () => {
    const { wb, actions } = setup();
    await actions.addPlanSheet!(org.name);
    const again = await actions.addPlanSheet!(org.name);
    expect(again).toEqual({ ok: false, message: expect.stringContaining(`${org.name} already has a plan`) });
    const other = pack.organisations.find((o) => o.name !== org.name)!;
    const second = await actions.addPlanSheet!(other.name);
    expect(second.ok && second.value.sheet).toBe(other.name.slice(0, 31));
    expect(wb.worksheets.filter((w) => w.name === "QIPP Lists")).toHaveLength(1);
  });

  it("filled in like a user would, the new sheet validates with no error", async () => {
    const { wb, actions } = setup();
    await actions.addPlanSheet!(org.name);
    const ws = wb.getWorksheet(org.name)!;
    const header = (ws.getRow(6).values as unknown[]).slice(1).map(String);
    const put = (h: string, v: string | number) => { ws.getCell(7, header.indexOf(h) + 1).value = v; };
    put("Scheme ref", "S1");
    put("Scheme name", "Pathway");
    put("National workstream", pack.workstreams[2].name);
    put("RAG", "Amber");
    put(`${pack.years[0]} £000`, 25);
    const v = await actions.validate();
    if (!v.ok) throw new Error(v.message);
    expect(v.value.findings.filter((f) => f.severity === "error")).toEqual([]);
    expect(v.value.plans.map((p) => [p.sheet, p.schemes])).toEqual([[org.name, 1]]);
  });
});

describe("New plan sheet at the manifest's minimum, ExcelApi 1.7 (fake Excel host)", () => {
  const level = MANIFEST_MIN_EXCEL_API as ApiLevel;

  it("the host refuses Range.dataValidation below 1.8, so the unguarded call would fail", async () => {
    const emulator = createNodeFakeExcel(new ExcelJS.Workbook(), { level });
    const write = emulator.run(async (context) => {
      const ws = context.workbook.worksheets.add("S");
      ws.getRange("A1").dataValidation.rule = { list: { inCellDropDown: true, source: "a,b" } };
      await context.sync();
    });
    await expect(write).rejects.toMatchObject({ code: "ApiNotFound" });
  });

  it("guarded by isSetSupported: the RAG colours (1.6) are added, the drop-downs (1.8) left out and said so", async () => {
    const wb = new ExcelJS.Workbook();
    const emulator = createNodeFakeExcel(wb, { level });
    const actions = createQippService(new OfficeWorkbook(emulator.run, { name: "open.xlsx" }), { templates: officeTemplateWriter(emulator.run, emulator.isSetSupported) });
    const added = await actions.addPlanSheet!(org.name);
    expect(added).toEqual({ ok: true, value: { sheet: org.name, notes: [NO_VALIDATION] } });
    const ws = wb.getWorksheet(org.name)!;
    expect((ws as unknown as { conditionalFormattings: unknown[] }).conditionalFormattings).toHaveLength(3);
    expect((ws as unknown as { dataValidations: { model: Record<string, unknown> } }).dataValidations.model).toEqual({});
  });
});

describe(`New plan sheet where Excel has ExcelApi 1.6 and 1.8 (fake Excel host at ${LATEST_EXCEL_API})`, () => {
  it("adds the drop-downs, numbers-only cells and RAG colours, and they survive a save as .xlsx", async () => {
    const wb = new ExcelJS.Workbook();
    const emulator = createNodeFakeExcel(wb);
    const actions = createQippService(new OfficeWorkbook(emulator.run, { name: "open.xlsx" }), { templates: officeTemplateWriter(emulator.run, emulator.isSetSupported) });
    const added = await actions.addPlanSheet!(org.name);
    expect(added).toEqual({ ok: true, value: { sheet: org.name, notes: [] } });
    const saved = new ExcelJS.Workbook();
    await saved.xlsx.load((await wb.xlsx.writeBuffer()) as ArrayBuffer);
    const ws = saved.getWorksheet(org.name)!;
    const header = (ws.getRow(6).values as unknown[]).slice(1).map(String);
    const col = (h: string) => String.fromCharCode(65 + header.indexOf(h));
    const rule = (cell: string) => (ws as unknown as { dataValidations: { find(a: string): ExcelJS.DataValidation | undefined } }).dataValidations.find(cell);
    expect(rule(`${col("National workstream")}7`)).toMatchObject({ type: "list", formulae: [`'QIPP Lists'!$A$2:$A$${pack.workstreams.length + 1}`] });
    expect(rule(`${col("RAG")}56`)).toMatchObject({ type: "list", formulae: ["'QIPP Lists'!$C$2:$C$4"], showErrorMessage: true });
    expect(rule(`${col(`${pack.years[0]} £000`)}30`)).toMatchObject({ type: "decimal", operator: "between" });
    expect(rule(`${col("Scheme name")}7`)).toBeUndefined();
    const cf = (ws as unknown as { conditionalFormattings: { ref: string; rules: { formulae?: string[] }[] }[] }).conditionalFormattings;
    expect(cf.map((c) => c.ref)).toEqual([`${col("RAG")}7:${col("RAG")}56`, `${col("RAG")}7:${col("RAG")}56`, `${col("RAG")}7:${col("RAG")}56`]);
    expect(cf.flatMap((c) => c.rules.map((r) => r.formulae?.[0]))).toEqual(["Red", "Amber", "Green"].map((w) => `NOT(ISERROR(SEARCH("${w}",${col("RAG")}7)))`));
  });
});
