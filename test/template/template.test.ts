import JSZip from "jszip";
import ExcelJS from "exceljs";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { runCli as cli } from "../support/run-cli";
import { loadWorkbook } from "../../src/cli/inputs";
import { validateWorkbooks } from "../../src/core/pipeline";
import { defaultPack } from "../../src/core/rules/load";
import type { RulePack } from "../../src/core/rules/schema";
import { buildPlanTemplate } from "../../src/core/template/build";
import { listValues } from "../../src/core/template/lists";
import { templateWorkbookBuffer } from "../../src/host/exceljs/template";
import { fillTemplate, type RowValues } from "./fill";

const dir = mkdtempSync(join(tmpdir(), "qipp-template-"));
const pack = defaultPack();
const org = pack.organisations[5];

async function validateBuffer(name: string, xlsx: Buffer, rulesPack?: RulePack) {
  const path = join(dir, name);
  writeFileSync(path, xlsx);
  return validateWorkbooks([(await loadWorkbook(path)).grids], { pack: rulesPack });
}

function validRows(p: RulePack): RowValues[] {
  const [y1, y2] = p.years;
  const lists = listValues(p);
  return [
    { "Scheme ref": "S1", "Scheme name": "Urgent care pathway", "National workstream": lists.workstream[0], "Point of delivery": lists.pointOfDelivery[0], RAG: lists.rag[2], [`${y1} £000`]: 120, [`${y2} £000`]: 80, QIA: "Yes" },
    { "Scheme ref": "S2", "Scheme name": "Prescribing review", "National workstream": lists.workstream[1], RAG: lists.rag[1], [`${y1} £000`]: 45.5, Lead: "A. Smith", QIA: "Yes" },
  ];
}

describe("qipp template", () => {
  let path: string;
  let xlsx: Buffer;
  beforeAll(async () => {
    path = join(dir, "plan.xlsx");
    const r = await cli("template", "--organisation", org.name, "--out", path);
    expect(r).toMatchObject({ code: 0, stderr: "" });
    xlsx = readFileSync(path);
  });

  it("lays out title, labels, units, header, frozen header, formulas and a total row", async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(xlsx as unknown as ArrayBuffer);
    expect(wb.worksheets.map((w) => w.name)).toEqual([org.name.slice(0, 31), "QIPP Lists"]);
    const ws = wb.worksheets[0];
    expect(ws.getCell("A2").value).toBe("Organisation:");
    expect(ws.getCell("B2").value).toBe(org.name);
    expect(ws.getCell("B3").value).toBe(pack.shas.find((s) => s.code === org.sha)?.name);
    expect(String(ws.getCell("A4").value)).toContain("£000");
    const header = (ws.getRow(6).values as unknown[]).slice(1);
    expect(header).toEqual(expect.arrayContaining(["Scheme ref", "Scheme name", "National workstream", "RAG", "Total", ...pack.years.map((y) => `${y} £000`)]));
    expect(ws.views[0]).toMatchObject({ state: "frozen", ySplit: 6 });
    const totalCol = header.indexOf("Total") + 1;
    expect((ws.getCell(7, totalCol).value as { formula: string }).formula).toMatch(/SUM\([A-Z]+7:[A-Z]+7\)/);
    expect(ws.getCell(7, totalCol).numFmt).toBe("#,##0");
    expect(ws.getCell(57, 1).value).toBe("Total");
    expect((ws.getCell(57, totalCol).value as { formula: string }).formula).toMatch(/^SUM\([A-Z]+7:[A-Z]+56\)$/);
  });

  it("refuses an unknown organisation, an existing file and a missing --out without writing", async () => {
    expect(await cli("template", "--organisation", "Atlantis", "--out", join(dir, "x.xlsx"))).toMatchObject({ code: 2, stderr: expect.stringContaining('"Atlantis" is not an organisation') });
    expect(await cli("template", "--out", path)).toMatchObject({ code: 2, stderr: expect.stringContaining("already exists") });
    expect(await cli("template")).toMatchObject({ code: 2, stderr: expect.stringContaining("--out") });
    expect(await cli("template", "--out", join(dir, "no-such-folder", "x.xlsx"))).toMatchObject({ code: 2, stderr: expect.stringContaining("no such folder") });
    expect(await cli("template", "--rows", "0", "--out", join(dir, "y.xlsx"))).toMatchObject({ code: 2, stderr: expect.stringContaining("--rows 0") });
  });

  it("filled with valid rows validates with no error, as one plan for the organisation", async () => {
    const result = await validateBuffer("valid.xlsx", await fillTemplate(xlsx, buildPlanTemplate(pack, { organisation: org.name }), validRows(pack)));
    expect(result.findings.filter((f) => f.severity === "error")).toEqual([]);
    expect(result.plans).toHaveLength(1);
    expect(result.plans[0].organisation.matched).toBe(org.name);
    expect(result.plans[0].schemes).toHaveLength(2);
  });

  it("each refused value typed anyway is a finding at its cell", async () => {
    const template = buildPlanTemplate(pack, { organisation: org.name });
    const [y1, y2] = pack.years;
    const forecast = `Forecast ${pack.forecastYear} £000`;
    // One refused value per row, each in a column the template guards, so every finding has one cause.
    const refused: [string, string, string][] = [
      ["National workstream", "Not a workstream", "code-list"],
      ["Point of delivery", "Hospital", "code-list"],
      ["RAG", "TBC", "code-list"],
      [`${y1} £000`, "about 40", "not-a-number"],
      [`${y2} £000`, "n/a yet", "not-a-number"],
      ["Activity change", "lots", "not-a-number"],
      [forecast, "tbc", "not-a-number"],
      ["YTD actual £000", "tbc", "not-a-number"],
      ["Milestone due", "soon", "not-a-date"],
      ["QIA", "Draft", "qia-missing"],
    ];
    const rows = refused.map(([header, value], i) => ({ ...validRows(pack)[0], "Scheme ref": `S${i + 1}`, [header]: value }));
    // The Reporting month label the template offers, filled in: year-to-date figures need one.
    const result = await validateBuffer("invalid.xlsx", await fillTemplate(xlsx, template, rows, { B5: "Month 6" }));
    const header = template.plan.rows[5].map((c) => String(c.value));
    const at = (h: string, row: number) => `${String.fromCharCode(65 + header.indexOf(h))}${row}`;
    const found = result.findings.filter((f) => f.severity !== "info").map((f) => `${f.rule} ${f.cell}`).sort();
    expect(found).toEqual(expect.arrayContaining(refused.map(([h, , rule], i) => `${rule} ${at(h, 7 + i)}`)));
    // Nothing else is wrong with those rows.
    expect(found.filter((f) => !refused.some(([h, , rule], i) => f === `${rule} ${at(h, 7 + i)}`))).toEqual([]);
  });

  it("data validation ranges and lists read back from the sheet XML with JSZip", async () => {
    const zip = await JSZip.loadAsync(xlsx);
    const sheetXml = await zip.file("xl/worksheets/sheet1.xml")!.async("string");
    const rules = [...sheetXml.matchAll(/<dataValidation ([^>]*)>([\s\S]*?)<\/dataValidation>/g)].map((m) => ({
      type: /type="(\w+)"/.exec(m[1])?.[1], sqref: /sqref="([^"]+)"/.exec(m[1])?.[1], formula1: /<formula1>([^<]*)<\/formula1>/.exec(m[2])?.[1],
    }));
    const template = buildPlanTemplate(pack, { organisation: org.name });
    const header = template.plan.rows[5].map((c) => String(c.value));
    const col = (h: string) => String.fromCharCode(65 + header.indexOf(h));
    const lists = listValues(pack);
    const unescape = (s: string) => s.replace(/&apos;/g, "'").replace(/&amp;/g, "&");
    for (const r of rules.filter((x) => x.type === "list")) r.formula1 = unescape(r.formula1 ?? "");
    expect(rules).toEqual(expect.arrayContaining([
      { type: "list", sqref: `${col("National workstream")}7:${col("National workstream")}56`, formula1: `'QIPP Lists'!$A$2:$A$${lists.workstream.length + 1}` },
      { type: "list", sqref: `${col("Point of delivery")}7:${col("Point of delivery")}56`, formula1: `'QIPP Lists'!$B$2:$B$${lists.pointOfDelivery.length + 1}` },
      { type: "list", sqref: `${col("RAG")}7:${col("RAG")}56`, formula1: "'QIPP Lists'!$C$2:$C$4" },
    ]));
    expect(rules.filter((r) => r.type === "decimal").map((r) => r.sqref)).toEqual(expect.arrayContaining(pack.years.map((y) => `${col(`${y} £000`)}7:${col(`${y} £000`)}56`)));
    // The list cells the formulas name hold the pack's names, in order (shared strings read from the same zip).
    const shared = [...(await zip.file("xl/sharedStrings.xml")!.async("string")).matchAll(/<t[^>]*>([^<]*)<\/t>/g)].map((m) => unescape(m[1]));
    const listsXml = await zip.file("xl/worksheets/sheet2.xml")!.async("string");
    const columnA = [...listsXml.matchAll(/<c r="A(\d+)"[^>]*t="s"[^>]*><v>(\d+)<\/v><\/c>/g)].map((m) => shared[Number(m[2])]);
    expect(columnA).toEqual(["National workstream", ...lists.workstream]);
    expect(sheetXml).toMatch(/<conditionalFormatting sqref="[A-Z]+7:[A-Z]+56">/);
    const rag = col("RAG");
    expect(sheetXml).toContain(`<conditionalFormatting sqref="${rag}7:${rag}56">`);
    for (const word of ["Red", "Amber", "Green"]) expect(sheetXml).toContain(`<formula>NOT(ISERROR(SEARCH(&quot;${word}&quot;,${rag}7)))</formula>`);
  });

  it("carries a given pack as its QIPP Rules sheet, and the reader finds the plan whatever the pack", async () => {
    const other: RulePack = structuredClone(pack);
    other.name = "Another pack";
    other.years = ["2012-13", "2013-14", "2014-15"];
    other.forecastYear = "2012-13";
    other.fields.schemeRef.aliases = ["Project ID", ...other.fields.schemeRef.aliases];
    other.fields.workstream.aliases = ["Programme area", ...other.fields.workstream.aliases];
    other.workstreams = [{ name: "Urgent and Emergency Care", category: "clinical", aliases: ["Urgent care"] }, ...other.workstreams];
    const packPath = join(dir, "other-pack.json");
    writeFileSync(packPath, JSON.stringify(other));
    const out = join(dir, "other.xlsx");
    expect((await cli("template", "--rules", packPath, "--organisation", org.name, "--out", out)).code).toBe(0);
    const template = buildPlanTemplate(other, { organisation: org.name, includePack: true });
    const rows: RowValues[] = [{ "Project ID": "P1", "Scheme name": "Pathway", "Programme area": "Urgent and Emergency Care", RAG: "Green", "2012-13 £000": 10, "2014-15 £000": 5 }];
    const result = await validateBuffer("other-filled.xlsx", await fillTemplate(readFileSync(out), template, rows));
    expect(result.packInfo).toEqual({ name: "Another pack", version: other.version, source: "workbook" });
    expect(result.findings.filter((f) => f.severity === "error")).toEqual([]);
    expect(result.plans.map((p) => p.schemes.length)).toEqual([1]);
    expect(Object.keys(result.plans[0].yearColumns)).toEqual(other.years);
  });

  it("a template with no organisation offers the pack's organisations and SHAs as drop-downs", async () => {
    const template = buildPlanTemplate(pack);
    expect(template.plan.name).toBe("QIPP Plan");
    expect(template.plan.validations.filter((v) => v.range === "B2" || v.range === "B3").map((v) => v.type === "list" && v.source)).toEqual([
      `='QIPP Lists'!$D$2:$D$${pack.organisations.length + 1}`, `='QIPP Lists'!$E$2:$E$${pack.shas.length + 1}`,
    ]);
    const filled = await fillTemplate(await templateWorkbookBuffer(template), template, validRows(pack), { B2: org.name });
    const result = await validateBuffer("no-org.xlsx", filled);
    expect(result.findings.filter((f) => f.severity === "error")).toEqual([]);
    expect(result.plans[0].organisation.matched).toBe(org.name);
  });

});
