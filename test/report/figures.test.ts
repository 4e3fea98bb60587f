import { buildReportSheets, planRagSentence, type OutputSheet } from "../../src/core/report";
import { rollup } from "../../src/core/rollup";
import type { Finding } from "../../src/core/types";
import { defaultPack } from "../support/pack";
import { makePlan } from "../support/plans";

const pack = defaultPack();
const plans = [
  makePlan({ sheet: "Tees", matched: "Tees", budget: 1_000_000, schemes: [{ savings: [100, 200, 300, 400.5] }, { savings: [50, 50, 50, 50], rag: "red" }] }),
  makePlan({ sheet: "Tyne", matched: "North of Tyne", declaredRag: "red" }),
  makePlan({ sheet: "Durham", matched: "County Durham and Darlington", declaredRag: "amber" }),
  makePlan({ sheet: "London", organisation: "NHS London", shaCode: "Q36", schemes: [{ rag: "unrated" }] }),
  makePlan({ sheet: "Nowhere", organisation: "Atlantis PCT" }),
];
const result = rollup(plans, pack);
const meta = { pack: { name: pack.name, version: pack.version }, workbooks: ["plan.xlsx"], generatedAt: new Date(0) };
const error = (cell: string): Finding => ({ rule: "required", severity: "error", workbook: "plan.xlsx", sheet: "Tees", cell, field: "rag", value: null, message: "RAG is missing" });
const build = (findings: Finding[]) => buildReportSheets({ ...meta, findings, plans, rollup: result });
const [, rollupSheet, ragSheet, submission] = build([error("D5"), error("D6")]);
const header = (s: OutputSheet) => s.rows[s.freezeRows - 1].map((c) => c.value);
const rowWhere = (s: OutputSheet, col: number, value: string) => s.rows.find((r) => r[col]?.value === value) ?? [];

describe("QIPP Rollup", () => {
  const body = rollupSheet.rows.slice(rollupSheet.freezeRows);

  it("runs England, cluster, SHA, organisations in order, indented by level", () => {
    expect(body.map((r) => [r[0].value, r[1].value, r[1].indent])).toEqual([
      ["England", "England", 0],
      ["SHA cluster", "NHS North of England", 1],
      ["SHA", "North East", 2],
      ["Organisation", "County Durham and Darlington", 3],
      ["Organisation", "North of Tyne", 3],
      ["Organisation", "Tees", 3],
      ["SHA cluster", "NHS London", 1],
      ["SHA", "London", 2],
      ["Organisation", "NHS London", 3],
      ["Organisation", "Atlantis PCT", 1],
    ]);
  });

  it("writes money as £000 numbers in #,##0 and shares in 0.0", () => {
    const h = header(rollupSheet);
    expect(h).toEqual([
      "Level", "Name", "Code", "Schemes", "2011-12", "2012-13", "2013-14", "2014-15", "Total", "QIPP savings",
      "Management cost", "Risk-adjusted", "Share of national %", "Share of budget %", "Figures on error cells", "Source",
    ]);
    const tees = rowWhere(rollupSheet, 1, "Tees");
    expect(tees.slice(4, 9).map((c) => [c.value, c.numberFormat])).toEqual([
      [150, "#,##0"], [250, "#,##0"], [350, "#,##0"], [450.5, "#,##0"], [1200.5, "#,##0"],
    ]);
    expect(tees[h.indexOf("Share of budget %")]).toEqual({ value: (100 * 1200.5) / 1_000_000, numberFormat: "0.0" });
    expect(String(tees[h.indexOf("Source")].value)).toContain(" › ");
    const england = body[0];
    expect(england[h.indexOf("Total")].value).toBe(1200.5 + 400 * 4);
    expect(england[h.indexOf("Share of national %")].value).toBe(100);
  });

  it("groups each parent's rows beneath it", () => {
    const first = rollupSheet.freezeRows;
    expect(rollupSheet.groups).toEqual([
      { from: first + 2, to: first + 5 },
      { from: first + 3, to: first + 5 },
      { from: first + 7, to: first + 8 },
      { from: first + 8, to: first + 8 },
    ]);
  });
});

describe("QIPP RAG Summary", () => {
  it("fills plan RAG cells and counts plan RAGs for SHAs", () => {
    const h = header(ragSheet);
    const tyne = rowWhere(ragSheet, 1, "North of Tyne");
    expect(tyne[h.indexOf("Plan RAG")]).toEqual({ value: "Red", fill: "C00000", fontColor: "FFFFFF" });
    expect(rowWhere(ragSheet, 1, "County Durham and Darlington")[h.indexOf("Plan RAG")]).toMatchObject({ value: "Amber", fill: "FFC000" });
    expect(rowWhere(ragSheet, 1, "Tees")[h.indexOf("Plan RAG")]).toMatchObject({ value: "Green", fill: "00B050" });
    const ne = rowWhere(ragSheet, 1, "North East");
    expect([h.indexOf("Plans red"), h.indexOf("Plans amber"), h.indexOf("Plans green")].map((i) => ne[i].value)).toEqual([1, 1, 1]);
    expect(ne[h.indexOf("Summary")].value).toBe("1 rated red, 1 amber and 1 green");
    expect(ne[h.indexOf("Red £000")]).toEqual({ value: 200, numberFormat: "#,##0", formula: "SUM(C6:C8)" });
    expect(ragSheet.table?.columnCount).toBe(h.length);
  });

  it("words plan RAG counts as a finance officer would", () => {
    expect(planRagSentence({ red: 4, amber: 1, green: 0 })).toBe("4 rated red and 1 amber");
    expect(planRagSentence({ red: 0, amber: 0, green: 3 })).toBe("3 rated green");
    expect(planRagSentence({ red: 0, amber: 0, green: 0 })).toBe("No plans");
  });
});

describe("QIPP Submission", () => {
  it("says it is not ready while errors remain, in red", () => {
    expect(submission.rows[2][0]).toEqual({ value: "Not ready: 2 errors", bold: true, fill: "C00000", fontColor: "FFFFFF" });
    const one = build([error("D5")])[3];
    expect(one.rows[2][0].value).toBe("Not ready: 1 error");
  });

  it("says ready to submit, in green, when only warnings remain", () => {
    const ready = build([{ ...error("D5"), severity: "warning" }])[3];
    expect(ready.rows[2][0]).toMatchObject({ value: "Ready to submit", fill: "00B050" });
  });

  it("has a row per organisation, a total per SHA and a grand total equal to England", () => {
    const body = submission.rows.slice(submission.freezeRows).map((r) => [r[0].value, r[1].value]);
    expect(body).toEqual([
      ["North East", "County Durham and Darlington"],
      ["North East", "North of Tyne"],
      ["North East", "Tees"],
      ["North East", "North East total"],
      ["London", "NHS London"],
      ["London", "London total"],
      ["", "Atlantis PCT"],
      ["Grand total", ""],
    ]);
    const h = header(submission);
    const grand = submission.rows[submission.rows.length - 1];
    expect(grand[h.indexOf("Total £000")]).toEqual({ value: 2800.5, numberFormat: "#,##0", bold: true, formula: "SUM(H9,H11:H12)" });
    expect(grand[h.indexOf("Budget £000")].value).toBeNull();
  });
});
