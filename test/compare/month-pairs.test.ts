import { compareWorkbooks } from "../../src/core/compare-pipeline";
import { bridgeCloses, type Comparison, type LevelChange } from "../../src/core/compare";
import type { WorkbookGrids } from "../../src/core/grid";
import { XlsxWorkbook } from "../../src/host/exceljs/workbook";
import { monthPair, type MonthPair } from "../support/month-pair";
import { ragClass } from "../support/plan-tally";
import { makeSchemes, organisationsOf, planSheetRows, writeWorkbook, type SchemeRecord, type SheetSpec, type UnitText } from "../support/workbooks";

const [birmingham, blackCountry, arden, staffordshire, heart] = organisationsOf("Q34");
const northEast = organisationsOf("Q30")[0];
const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
const total = (s: SchemeRecord) => sum(s.savingsPence);

function sheet(organisation: string, schemes: SchemeRecord[], unit: UnitText, seed: number): SheetSpec {
  const { rows, merges } = planSheetRows(schemes, { titleRows: [`NHS ${organisation} QIPP plan`], orgLabel: "Organisation:", unit, forecastColumn: true, seed });
  return { name: organisation.slice(0, 31), rows, merges };
}

async function grids(name: string, sheets: SheetSpec[]): Promise<WorkbookGrids> {
  const host = await XlsxWorkbook.fromBuffer(name, await writeWorkbook(sheets));
  return { name, sheets: await host.readSheets() };
}

let pairs: Map<string, MonthPair>;
let onlyBefore: SchemeRecord[];
let onlyAfter: SchemeRecord[];
let c: Comparison;
let julyGrids: WorkbookGrids;

beforeAll(async () => {
  pairs = new Map([birmingham, blackCountry, arden, northEast].map((org, i) => [org, monthPair(org, 30 + i * 7, 40 + i)]));
  onlyBefore = makeSchemes({ organisation: staffordshire, count: 12, seed: 90, canonicalNames: true });
  onlyAfter = makeSchemes({ organisation: heart, count: 9, seed: 91, canonicalNames: true });
  // Last month in £m, this month in £000: the same money must read as no change.
  const before = [...pairs].map(([org, p], i) => sheet(org, p.before, "£m", i + 1));
  const after = [...pairs].map(([org, p], i) => sheet(org, p.after, "£000", i + 1));
  before.push(sheet(staffordshire, onlyBefore, "£m", 9));
  after.push(sheet(heart, onlyAfter, "£000", 9));
  julyGrids = await grids("july.xlsx", after);
  c = compareWorkbooks([await grids("june.xlsx", before)], [julyGrids]).comparison;
}, 60_000);

test("every scheme gets the status, match and totals the records say, £m against £000 included", () => {
  const truth = [...pairs.values()].flatMap((p) => p.truth);
  for (const t of truth) {
    const got = c.schemes.filter((s) => s.organisation === t.organisation && s.ref === t.ref);
    expect(got).toHaveLength(1);
    expect({ status: got[0].status, matchedBy: got[0].matchedBy, before: got[0].before?.total ?? null, after: got[0].after?.total ?? null })
      .toEqual({ status: t.status, matchedBy: t.matchedBy, before: t.beforePence, after: t.afterPence });
  }
  const statuses = new Set(truth.map((t) => t.status));
  expect([...statuses].sort()).toEqual(["changed", "dropped", "new", "unchanged"]);
  expect(truth.filter((t) => t.matchedBy === "name").length).toBeGreaterThan(3);
});

test("an organisation in one version only is reported, its schemes all new or all dropped", () => {
  expect(c.notes).toEqual(expect.arrayContaining([expect.stringContaining(staffordshire), expect.stringContaining(heart)]));
  const gone = c.organisations.find((o) => o.name === staffordshire)!;
  expect(gone).toMatchObject({ after: 0, new: 0, changed: 0, dropped: sum(onlyBefore.map(total)), planRagAfter: null });
  expect(gone.planRagBefore).not.toBeNull();
  const arrived = c.organisations.find((o) => o.name === heart)!;
  expect(arrived).toMatchObject({ before: 0, dropped: 0, new: sum(onlyAfter.map(total)), planRagBefore: null });
});

function expectBridge(level: LevelChange, truth: { status: string; beforePence: number | null; afterPence: number | null }[]) {
  const pick = (status: string, side: "beforePence" | "afterPence") => sum(truth.filter((t) => t.status === status).map((t) => t[side] ?? 0));
  expect(bridgeCloses(level)).toBe(true);
  expect(level.before).toBe(sum(truth.map((t) => t.beforePence ?? 0)));
  expect(level.after).toBe(sum(truth.map((t) => t.afterPence ?? 0)));
  expect(level.new).toBe(pick("new", "afterPence"));
  expect(level.dropped).toBe(pick("dropped", "beforePence"));
  expect(level.changed).toBe(sum(truth.filter((t) => t.beforePence !== null && t.afterPence !== null).map((t) => t.afterPence! - t.beforePence!)));
}

test("the bridge closes to the penny at every level and matches the records", () => {
  for (const [org, p] of pairs) expectBridge(c.organisations.find((o) => o.name === org)!, p.truth);
  const everything = [
    ...[...pairs.values()].flatMap((p) => p.truth),
    ...onlyBefore.map((s) => ({ status: "dropped", beforePence: total(s), afterPence: null })),
    ...onlyAfter.map((s) => ({ status: "new", beforePence: null, afterPence: total(s) })),
  ];
  expectBridge(c.national, everything);
  for (const level of [...c.shas, ...c.shaClusters]) expect(bridgeCloses(level)).toBe(true);
  expect(c.national.before).toBe(c.before.national.savings.total);
  expect(c.national.after).toBe(c.after.national.savings.total);
  expect(sum(c.shas.map((s) => s.after))).toBe(c.national.after);
});

test("RAG migration counts the matched schemes from their old RAG to their new one", () => {
  const expected: Record<string, number> = {};
  for (const p of pairs.values()) {
    const byRef = new Map(p.before.map((s) => [s.ref, s]));
    const afterByRef = new Map(p.after.map((s) => [s.ref, s]));
    for (const t of p.truth.filter((x) => x.beforeRef && x.status !== "dropped")) {
      const key = `${ragClass(byRef.get(t.beforeRef!)!.rag)}>${ragClass(afterByRef.get(t.ref)!.rag)}`;
      expected[key] = (expected[key] ?? 0) + 1;
    }
  }
  const m = c.national.migration.count;
  for (const [key, n] of Object.entries(expected)) {
    const [from, to] = key.split(">") as ["green", "red"];
    expect(m[from][to]).toBe(n);
  }
  expect(sum(Object.values(m).flatMap((row) => Object.values(row)))).toBe(sum(Object.values(expected)));
  expect(m.green.red).toBeGreaterThan(0);
  expect(m.red.green).toBeGreaterThan(0);
});

test("exceptions: red, deteriorated, forecast below 90% of plan and savings down by more than £100k, largest risk first", () => {
  const expected = new Map<string, string[]>();
  for (const p of [...pairs.values(), { before: [], after: onlyAfter, truth: [] }]) {
    for (const a of p.after) {
      const b = p.before.find((x) => x.ref === a.ref || x.ref === a.ref.replace(/-R$/, ""));
      const reasons: string[] = [];
      const rank = { green: 0, amber: 1, red: 2, unrated: -1 };
      if (b && rank[ragClass(b.rag)] >= 0 && rank[ragClass(a.rag)] > rank[ragClass(b.rag)]) reasons.push("deteriorated");
      if (a.forecastPence !== null && a.savingsPence[0] > 0 && a.forecastPence * 100 < a.savingsPence[0] * 90) reasons.push("forecast-below-plan");
      if (ragClass(a.rag) === "red") reasons.push("red");
      if (b && total(b) - total(a) > 100 * 100_000) reasons.push("savings-reduced");
      if (reasons.length) expected.set(`${a.organisation}|${a.ref}`, reasons);
    }
  }
  expect(new Map(c.exceptions.map((e) => [`${e.organisation}|${e.ref}`, e.reasons]))).toEqual(expected);
  for (const reason of ["deteriorated", "forecast-below-plan", "red", "savings-reduced"]) expect(c.exceptions.some((e) => e.reasons.includes(reason as never))).toBe(true);
  const values = c.exceptions.map((e) => e.valueAtRisk);
  expect(values).toEqual([...values].sort((x, y) => y - x));
  const low = c.exceptions.find((e) => e.reasons.includes("forecast-below-plan"))!;
  expect(low.messages.join(" ")).toMatch(/forecast is \d+% of plan/);
  expect(c.exceptions.every((e) => e.workbook === "july.xlsx" && /^[A-Z]+\d+$/.test(e.cell))).toBe(true);
});

test("a version compared with itself: every scheme unchanged, a flat bridge, no move-based exceptions", () => {
  const self = compareWorkbooks([julyGrids], [julyGrids]).comparison;
  expect(self.schemes.every((s) => s.status === "unchanged" && s.matchedBy === "ref")).toBe(true);
  expect(self.national).toMatchObject({ new: 0, dropped: 0, changed: 0, before: c.national.after, after: c.national.after });
  expect(self.notes).toEqual([]);
  expect(self.exceptions.some((e) => e.reasons.includes("deteriorated") || e.reasons.includes("savings-reduced"))).toBe(false);
  expect(self.exceptions.map((e) => e.ref)).toEqual(self.after.exceptions.map((e) => e.ref));
});
