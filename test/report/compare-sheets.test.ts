import { compareVersions } from "../../src/core/compare";
import { changesSheet, exceptionsSheet, isAddinSheet, type OutputSheet } from "../../src/core/report";
import { rollup } from "../../src/core/rollup";
import { defaultPack } from "../support/pack";
import { makePlan } from "../support/plans";

const pack = defaultPack();
const meta = { pack: { name: "P", version: "1.0.0" }, workbooks: ["july.xlsx", "june.xlsx"], generatedAt: new Date(Date.UTC(2011, 6, 1)) };
const june = makePlan({ workbook: "june.xlsx", matched: "Tees", schemes: [{ ref: "A1", rag: "green" }, { ref: "A2", name: "=HYPERLINK(\"x\")" }] });
const july = makePlan({ workbook: "july.xlsx", matched: "Tees", schemes: [{ ref: "A1", rag: "red" }, { ref: "A3" }] });

function expectConventions(sheet: OutputSheet) {
  expect(isAddinSheet(sheet.rows[1][0].value)).toBe(true);
  const header = sheet.table!.headerRow;
  expect(sheet.freezeRows).toBe(header + 1);
  expect(sheet.rows[header].every((c) => c.bold && typeof c.value === "string")).toBe(true);
  expect(sheet.rows[header]).toHaveLength(sheet.table!.columnCount);
}

test("QIPP Exceptions: marker, frozen header, a table, each exception linked to its cell in the open workbook", () => {
  const sheet = exceptionsSheet(rollup([july], pack).exceptions, meta);
  expectConventions(sheet);
  const rows = sheet.rows.slice(sheet.table!.headerRow + 1);
  expect(rows).toHaveLength(1);
  expect(rows[0][0]).toMatchObject({ value: 400, numberFormat: "#,##0" });
  // makePlan writes no RAG cell, so the link falls back to the reference cell of the row.
  expect(rows[0][11]).toEqual({ value: "A5", link: { sheet: "Plan", cell: "A5" } });
});

test("QIPP Changes: the bridge by level, then every scheme; dropped schemes are named, not linked; text stays text", () => {
  const c = compareVersions({ plans: [june], findings: [] }, { plans: [july], findings: [] }, pack);
  const sheet = changesSheet(c, meta, ["june.xlsx"]);
  expectConventions(sheet);
  const rows = sheet.rows.slice(sheet.table!.headerRow + 1);
  expect(rows.map((r) => r[0].value)).toEqual(["England", "SHA cluster", "SHA", "Organisation", "Scheme", "Scheme", "Scheme"]);
  const england = rows[0];
  expect(england.slice(9, 14).map((c) => c.value)).toEqual([800, 400, 400, 0, 800]);
  const dropped = rows.find((r) => r[5].value === "dropped")!;
  expect(dropped[4].value).toBe("=HYPERLINK(\"x\")");
  expect(dropped[16]).toEqual({ value: "earlier: Plan!A6" });
  const changed = rows.find((r) => r[5].value === "changed")!;
  expect(changed[16]).toEqual({ value: "A5", link: { sheet: "Plan", cell: "A5" } });
  expect(sheet.rows.some((r) => typeof r[0]?.value === "string" && r[0].value.startsWith("England: before 800 + new 400 − dropped 400 + changed 0 = after 800"))).toBe(true);
});
