import { buildReportSheets, OUTPUT_MARKER, OUTPUT_SHEET_NAMES, isAddinSheet, type OutputSheet } from "../../src/core/report";
import { rollup } from "../../src/core/rollup";
import type { Finding } from "../../src/core/types";
import { defaultPack } from "../support/pack";
import { makePlan } from "../support/plans";

const pack = defaultPack();
const generatedAt = new Date("2011-10-03T09:30:00Z");
const plans = [
  makePlan({
    workbook: "North East.xlsx",
    sheet: "Tees",
    matched: "Tees",
    budget: 1_000_000,
    schemes: [
      { name: "=HYPERLINK(\"http://evil\")", savings: [100, 200, 300, 400], rag: "green" },
      { savings: [50, 50, 50, 50], rag: "red" },
    ],
  }),
  makePlan({ workbook: "North East.xlsx", sheet: "Tyne", organisation: "=cmd|' /C calc'!A0", shaCode: "Q30", declaredRag: "amber" }),
  makePlan({ workbook: "London.xlsx", sheet: "Plan", organisation: "NHS London", shaCode: "Q36", schemes: [{ rag: "red" }, { rag: "red" }] }),
];
const finding = (over: Partial<Finding>): Finding => ({
  rule: "not-a-number", severity: "error", workbook: "North East.xlsx", sheet: "Tees", cell: "F5",
  field: "savings 2012-13", value: "tbc", message: "Savings 2012-13 is the text 'tbc', not a number", ...over,
});
const findings = [
  finding({}),
  finding({ rule: "negative-saving", severity: "warning", cell: "E6", value: -3 }),
  finding({ rule: "required", workbook: "London.xlsx", sheet: "Plan", cell: "D5", value: "=1+1" }),
  finding({ rule: "not-a-plan", severity: "info", cell: "", sheet: "Notes", value: null }),
];
const meta = { pack: { name: pack.name, version: pack.version }, workbooks: ["North East.xlsx", "London.xlsx"], generatedAt };
const result = rollup(plans, pack);
const sheets = buildReportSheets({ ...meta, findings, plans, rollup: result });
const sheet = (name: string) => sheets.find((s) => s.name === name) as OutputSheet;
const headerIndex = (s: OutputSheet) => s.freezeRows - 1;
const column = (s: OutputSheet, header: string) => s.rows[headerIndex(s)].findIndex((c) => c.value === header);
const rowNamed = (s: OutputSheet, name: string) => s.rows.find((r) => r[1]?.value === name) ?? [];

describe("output sheets", () => {
  it("are the named sheets, each with a bold title naming its scope, the marker, pack, sources and time in words in A2", () => {
    expect(sheets.map((s) => s.name)).toEqual([...OUTPUT_SHEET_NAMES]);
    let checked = 0;
    for (const s of sheets) {
      expect(isAddinSheet(s.rows[1][0].value)).toBe(true);
      expect(s.rows[0][0]).toEqual({ value: `${s.name}: England`, bold: true });
      expect(s.rows[1][0].value).toMatch(new RegExp(`^${OUTPUT_MARKER} · NHS QIPP default rule pack, version 1\\.0\\.0 · from North East\\.xlsx, London\\.xlsx · 3 October 2011, \\d\\d:\\d\\d$`));
      checked += 1;
      if (s.name === "QIPP Report Card") continue; // sections of its own, each with a header row

      expect(s.rows[headerIndex(s) - 1]).toEqual([]);
      expect(s.rows[headerIndex(s)].every((c) => c.bold)).toBe(true);
      expect(s.columnWidths.length).toBeGreaterThanOrEqual(s.rows[headerIndex(s)].length);
    }
    expect(checked).toBe(OUTPUT_SHEET_NAMES.length);
  });

  it("gives only the validation sheet when there is no rollup", () => {
    const only = buildReportSheets({ ...meta, findings, plans, rollup: null });
    expect(only.map((s) => s.name)).toEqual(["QIPP Validation"]);
  });

  it("never turns plan text into a formula: names and values starting with = stay strings", () => {
    const orgRow = rowNamed(sheet("QIPP Rollup"), "=cmd|' /C calc'!A0");
    expect(orgRow[1].value).toBe("=cmd|' /C calc'!A0");
    expect(typeof orgRow[1].value).toBe("string");
    const v = sheet("QIPP Validation").rows.find((r) => r[1]?.value === "Value missing") ?? [];
    expect(v[column(sheet("QIPP Validation"), "Value")].value).toBe("=1+1");
    const all = sheets.flatMap((s) => s.rows.flat().map((c) => c.value));
    expect(all.filter((value) => typeof value === "string" && value.startsWith("=")).length).toBeGreaterThanOrEqual(3);
  });
});

describe("QIPP Validation", () => {
  const s = sheet("QIPP Validation");
  const data = s.rows.slice(headerIndex(s) + 1);

  it("lists the findings under its header, as an Excel table, frozen through the header", () => {
    expect(s.rows[headerIndex(s)].map((c) => c.value)).toEqual(["Severity", "Rule", "Workbook", "Sheet", "Cell", "Field", "Value", "Message"]);
    expect(data).toHaveLength(4);
    expect(s.table).toEqual({ name: "QIPP_Findings", headerRow: headerIndex(s), columnCount: 8 });
    expect(s.rows[2][0].value).toBe("2 errors, 1 warning, 1 note in 3 plans (5 schemes)");
  });

  it("links cells of the open workbook only", () => {
    expect(data.map((r) => r[4].link ?? null)).toEqual([{ sheet: "Tees", cell: "F5" }, { sheet: "Tees", cell: "E6" }, null, null]);
  });

  it("colours severities", () => {
    expect(data.map((r) => [r[0].value, r[0].fill, r[0].fontColor])).toEqual([
      ["Error", "C00000", "FFFFFF"],
      ["Warning", "FFC000", undefined],
      ["Error", "C00000", "FFFFFF"],
      ["Note", "DDEBF7", undefined],
    ]);
  });

  it("adds the rollup's duplicate-plan findings once", () => {
    const twice = [...plans, makePlan({ workbook: "North East.xlsx", sheet: "Tees copy", matched: "Tees" })];
    const r = rollup(twice, pack);
    const merged = buildReportSheets({ ...meta, findings: [...findings, ...r.findings], plans: twice, rollup: r })[0];
    expect(merged.rows.filter((row) => row[1]?.value === "Plan given twice")).toHaveLength(1);
    const fresh = buildReportSheets({ ...meta, findings, plans: twice, rollup: r })[0];
    expect(fresh.rows.filter((row) => row[1]?.value === "Plan given twice")).toHaveLength(1);
  });
});
