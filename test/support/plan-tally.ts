import { RAG_SYNONYMS, YEARS } from "./pack-data";
import type { BadCell, PlanExpectation, RagClass } from "./plan-layout";
import type { SheetContext } from "./plan-sheet";
import type { SchemeRow } from "./scheme-row";
import type { SchemeRecord } from "./schemes";

const FIELDS_OF_COLUMNS = ["organisation", "sha", "schemeRef", "schemeName", "workstream", "pointOfDelivery", "activityChange", "total", "rag", "lead", "risks"] as const;

export function ragClass(text: string): RagClass {
  const t = text.trim().toLowerCase();
  for (const rag of ["red", "amber", "green"] as const) {
    if (RAG_SYNONYMS[rag].some((s) => s.toLowerCase() === t)) return rag;
  }
  return "unrated";
}

/** Accumulates what the sheet holds, row by row, into the expectation a test checks the reader against. */
export function expectationTally(ctx: SheetContext, ordered: SchemeRecord[]) {
  const schemeRows: number[] = [];
  const counted: (number | null)[][] = [];
  const plain: boolean[] = [];
  const badCells: BadCell[] = [];
  const declaredTotals: { row: number; label: string }[] = [];
  const organisations = [...new Set(ordered.map((s) => s.organisation))];
  const zeroYears = () => Object.fromEntries(YEARS.map((y) => [y, 0]));
  const totalsByYear = zeroYears();
  const totalsByOrganisation = Object.fromEntries(organisations.map((o) => [o, zeroYears()]));
  const ragValue: Record<RagClass, number> = { red: 0, amber: 0, green: 0, unrated: 0 };
  const ragCount: Record<RagClass, number> = { red: 0, amber: 0, green: 0, unrated: 0 };
  let forecastPence = 0;

  return {
    addScheme(scheme: SchemeRecord, _index: number, row: number, built: SchemeRow) {
      schemeRows.push(row);
      counted.push(built.counted);
      plain.push(built.plainYears);
      badCells.push(...built.bad);
      const rag = ragClass(built.rag);
      ragCount[rag]++;
      built.counted.forEach((p, y) => {
        totalsByYear[YEARS[y]] += p ?? 0;
        totalsByOrganisation[scheme.organisation][YEARS[y]] += p ?? 0;
        ragValue[rag] += p ?? 0;
      });
      forecastPence += built.forecastPence;
    },
    slice(from: number, to: number) {
      return { schemes: schemeRows.slice(from, to), counted: counted.slice(from, to), plain: plain.slice(from, to).every(Boolean) };
    },
    addDeclaredTotal(row: number, label: string, bad: BadCell[]) {
      declaredTotals.push({ row, label });
      badCells.push(...bad);
    },
    finish(head: Pick<PlanExpectation, "headerRow" | "unit">): PlanExpectation {
      const { where } = ctx;
      const columns: PlanExpectation["columns"] = {};
      for (const f of FIELDS_OF_COLUMNS) if (where.fieldIndex(f) >= 0) columns[f] = where.letter(where.fieldIndex(f));
      const forecastIndex = ctx.columns.findIndex((c) => c.kind === "forecast");
      return {
        ...head,
        organisations,
        schemeCount: schemeRows.length,
        schemeRows,
        columns,
        yearColumns: Object.fromEntries(YEARS.map((y, i) => [y, where.letter(where.yearIndexes[i])])),
        ...(forecastIndex >= 0 ? { forecastColumn: where.letter(forecastIndex) } : {}),
        totalsByYear,
        totalPence: Object.values(totalsByYear).reduce((a, b) => a + b, 0),
        totalsByOrganisation,
        ragValue,
        ragCount,
        forecastPence,
        declaredTotals,
        badCells,
      };
    },
  };
}
