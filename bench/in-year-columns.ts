import { RAG_SYNONYMS } from "../test/support/pack-data";
import type { PlanExpectation } from "../test/support/plan-layout";
import type { SheetCell } from "../test/support/sheet-cells";
import type { Prng } from "../test/support/prng";
import { columnLetters } from "../src/core/grid";

/**
 * How the in-year figures are drawn. "month-6": a return as monitoring saw it, most schemes on track
 * and the trouble where the RAG already says so (the report card's exception report is "on those that
 * are not on track"). "heavy": every figure drawn independently and widely (YTD actual at 60–110% of
 * plan, activity at 40–120% of its planned change, a third of milestones past due), which makes about
 * 91% of schemes exceptions: kept as the worst case the writer is measured on.
 */
export type InYearDraw = "month-6" | "heavy";

const HEADERS = ["YTD plan", "YTD actual", "Activity plan YTD", "Activity actual YTD", "Next milestone", "Milestone due", "Milestone status", "QIA", "WTE change"];
const MILESTONES = ["Business case approved", "Pathway live", "Contract signed"];
const DUE = ["31/07/2011", "30/09/2011", "31/12/2011"]; // month 6 ends 30/09/2011: only the first is past due

/** Share of schemes in trouble in year, by RAG: a red scheme mostly is, a green one rarely. */
const TROUBLED: Record<string, number> = { red: 0.9, amber: 0.15, green: 0.03, unrated: 0.15 };

function ragOf(cell: SheetCell | undefined): string {
  const text = typeof cell === "string" ? cell.trim().toLowerCase() : "";
  for (const [rag, words] of Object.entries(RAG_SYNONYMS)) if (words.some((w) => w.toLowerCase() === text)) return rag;
  return "unrated";
}

function columnIndex(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

function heavyCells(rng: Prng): SheetCell[] {
  const plan = rng.int(10, 410);
  const activity = -rng.int(50, 2050);
  return [
    plan, Math.round(plan * (0.6 + rng.next() * 0.5)), activity, Math.round(activity * (0.4 + rng.next() * 0.8)),
    rng.pick(MILESTONES), rng.pick(DUE), rng.pick(["Complete", "On track", "Delayed"]), rng.pick(["Yes", "Signed off", "Draft", "No"]), Math.round(rng.next() * 10) - 5,
  ];
}

function monthSixCells(rng: Prng, rag: string): SheetCell[] {
  const plan = rng.int(10, 410);
  const activity = -rng.int(50, 2050);
  const troubled = rng.chance(TROUBLED[rag] ?? 0.15);
  const behind = troubled && rng.chance(0.7);
  const overActivity = troubled && rng.chance(0.5);
  const late = troubled && rng.chance(0.4);
  const due = late ? DUE[0] : rng.pick(DUE);
  const status = late ? "Delayed" : due === DUE[0] ? "Complete" : rng.pick(["Complete", "On track"]);
  return [
    plan,
    Math.round(plan * (behind ? 0.55 + rng.next() * 0.33 : 0.92 + rng.next() * 0.2)),
    activity,
    Math.round(activity * (overActivity ? 0.3 + rng.next() * 0.55 : 0.95 + rng.next() * 0.25)),
    rng.pick(MILESTONES), due, status,
    rng.chance(0.92) ? rng.pick(["Yes", "Signed off"]) : rng.pick(["Draft", "No"]),
    Math.round(rng.next() * 10) - 5,
  ];
}

const QIA = HEADERS.indexOf("QIA");
const SIGNED_OFF = ["Yes", "Signed off"];

/**
 * The in-year columns to the right of the table, as a month-6 return has them: figures on every scheme
 * row. A QIA not signed off is a planted problem (a warning at that cell), so the golden tests expect it.
 */
export function addInYearColumns(rows: SheetCell[][], expected: PlanExpectation, rng: Prng, draw: InYearDraw): void {
  const at = Math.max(...rows.map((r) => r.length));
  const put = (r: number, values: SheetCell[]) => {
    while (rows[r].length < at) rows[r].push(null);
    rows[r].push(...values);
  };
  put(expected.headerRow - 1, HEADERS);
  const ragColumn = expected.columns.rag ? columnIndex(expected.columns.rag) : -1;
  for (const row of expected.schemeRows) {
    const cells = draw === "heavy" ? heavyCells(rng) : monthSixCells(rng, ragOf(rows[row - 1][ragColumn]));
    put(row - 1, cells);
    if (!SIGNED_OFF.includes(String(cells[QIA]))) expected.badCells.push({ cell: `${columnLetters(at + QIA)}${row}`, rule: "qia-missing" });
  }
}
