import { buildReportSheets, mergeUserCells, readUserValues, type OutputSheet } from "../../src/core/report";
import { insertRows } from "../../src/core/report/user-cells";
import { rollup } from "../../src/core/rollup";
import type { CellValue } from "../../src/core/grid";
import { defaultPack } from "../support/pack";
import { clusterPlans } from "../support/report-card-plans";

const pack = defaultPack();
const meta = { pack: { name: pack.name, version: pack.version }, workbooks: ["North East.xlsx"], generatedAt: new Date(2011, 9, 3, 9, 30) };
const sheets = (plans = clusterPlans()) => buildReportSheets({ ...meta, findings: [], plans, rollup: rollup(plans, pack), rulePack: pack });
const named = (list: OutputSheet[], name: string) => list.find((s) => s.name === name)!;
/** The sheet as a host reads it back: values from A1, blanks as "". */
const asRead = (s: OutputSheet): CellValue[][] => s.rows.map((row) => row.map((c) => c.value ?? ""));
const typeInto = (grid: CellValue[][], s: OutputSheet, key: string, value: CellValue) => {
  const r = s.rows.findIndex((row) => row.some((c) => c.user === key));
  grid[r][s.rows[r].findIndex((c) => c.user === key)] = value;
};

describe("the user's cells survive a rebuild", () => {
  it("keeps each response with its scheme and lists those no longer exceptions under Closed since the last build", () => {
    const before = named(sheets(), "QIPP Exceptions");
    const grid = asRead(before);
    typeInto(grid, before, "response|Tees|T1", "Recovery plan agreed with the trust");
    typeInto(grid, before, "response|North West London|L1", "=not a formula, just text");
    const old = readUserValues(grid);
    expect(old.size).toBe(2);

    const plans = clusterPlans();
    plans[0].schemes[0].rag = "green"; // T1 recovered
    plans[0].schemes[0].ytdActual = plans[0].schemes[0].ytdPlan; // and delivered to date, so no longer behind plan
    const after = mergeUserCells(named(sheets(plans), "QIPP Exceptions"), old);
    const l1 = after.rows.find((row) => row[4]?.value === "L1")!;
    expect(l1.at(-1)).toMatchObject({ value: "=not a formula, just text", user: "response|North West London|L1" });
    const closed = after.rows.findIndex((row) => row[0]?.value === "Closed since the last build");
    expect(closed).toBeGreaterThan(0);
    expect(closed).toBeLessThan(after.freezeRows - 1); // above the table, which runs to the last row
    expect(after.rows[closed + 2].map((c) => c.value).filter((v) => v !== null)).toEqual(["Tees", "T1", "Recovery plan agreed with the trust"]);
    expect(after.table!.headerRow).toBe(after.freezeRows - 1);
    expect(after.rows[after.table!.headerRow][0].value).toBe("Value at risk");

    // A second rebuild keeps the closed response too: nothing typed is lost.
    const again = mergeUserCells(named(sheets(plans), "QIPP Exceptions"), readUserValues(asRead(after)));
    expect(again.rows.flat().filter((c) => c.user).map((c) => c.value).filter(Boolean).sort()).toEqual(["=not a formula, just text", "Recovery plan agreed with the trust"]);
  });

  it("keeps sign-off values; a Cover sheet's value wins over an old one", () => {
    const card = named(sheets(), "QIPP Report Card");
    const grid = asRead(card);
    typeInto(grid, card, "sign-off|QIPP lead", "Jo Bloggs");
    typeInto(grid, card, "sign-off|Prepared by", "Old name");
    typeInto(grid, card, "sign-off|Date signed", 40834);
    const plans = clusterPlans();
    plans[1].signOff = { "Prepared by": { cell: "B4", raw: "Ann Clerk", text: "Ann Clerk", sheet: "Cover" } };
    const merged = mergeUserCells(named(sheets(plans), "QIPP Report Card"), readUserValues(grid));
    const value = (label: string) => merged.rows.find((row) => row[0]?.value === label)![1].value;
    expect([value("Prepared by"), value("SHA finance director"), value("QIPP lead"), value("Date signed")]).toEqual(["Ann Clerk", null, "Jo Bloggs", 40834]);
  });

  it("moves the header, frozen rows, table, groups and print titles down when rows go in above them", () => {
    const model: OutputSheet = {
      name: "QIPP Exceptions", rows: [[], [], [], []], columnWidths: [], freezeRows: 3,
      table: { name: "T", headerRow: 2, columnCount: 1 }, groups: [{ from: 3, to: 3 }], print: { landscape: true, fitToWidth: true, repeatRows: { from: 2, to: 2 } },
    };
    const moved = insertRows(model, 2, [[{ value: "a" }], [{ value: "b" }]]);
    expect([moved.rows.length, moved.freezeRows, moved.table!.headerRow, moved.groups![0].from, moved.print!.repeatRows!.from]).toEqual([6, 5, 4, 5, 4]);
  });
});
