import { columnLetters } from "../../src/core/grid";
import { fieldHeader, forecastHeader, yearHeader, type PlanField, type UnitText } from "./headers";
import { YEARS } from "./pack-data";
import type { PlanLayout } from "./plan-layout";
import { prng } from "./prng";

export type PlanColumn =
  | { kind: "field"; field: PlanField; header: string }
  | { kind: "year"; year: number; header: string }
  | { kind: "forecast"; header: string }
  | { kind: "extra"; header: string };

/** The table's columns in sheet order, with the header text each one shows. */
export function planColumns(layout: PlanLayout, unit: UnitText, unitInHeader: boolean): PlanColumn[] {
  const style = layout.headerStyle ?? "canonical";
  const headerUnit = unitInHeader ? unit : undefined;
  const field = (f: PlanField): PlanColumn => ({ kind: "field", field: f, header: fieldHeader(f, style, headerUnit) });
  const columns: PlanColumn[] = [
    ...(layout.organisationColumn ? [field("organisation")] : []),
    ...(layout.shaColumn ? [field("sha")] : []),
    field("schemeRef"),
    field("schemeName"),
    field("workstream"),
    field("pointOfDelivery"),
    field("activityChange"),
    ...YEARS.map((y, i): PlanColumn => ({
      kind: "year",
      year: i,
      header: yearHeader(y, style, style === "savings-label" ? unit : headerUnit),
    })),
    ...(layout.totalColumn ? [field("total")] : []),
    ...(layout.forecastColumn ? [{ kind: "forecast", header: forecastHeader(YEARS[0], style) } as PlanColumn] : []),
    field("rag"),
    field("lead"),
    field("risks"),
    ...(layout.extraColumns ?? []).map((header): PlanColumn => ({ kind: "extra", header })),
  ];
  return layout.shuffleColumns === undefined ? columns : prng(layout.shuffleColumns).shuffle(columns);
}

/** A1 letters of each column, given where the table starts. */
export function columnLetterOf(columns: PlanColumn[], left: number) {
  const letter = (index: number) => columnLetters(left + index);
  const fieldIndex = (f: PlanField) => columns.findIndex((c) => c.kind === "field" && c.field === f);
  const yearIndexes = YEARS.map((_, y) => columns.findIndex((c) => c.kind === "year" && c.year === y));
  return { letter, fieldIndex, yearIndexes };
}

/** SUM over some cells of one row: a range when they are side by side, else a list. */
export function sumFormula(letters: string[], row: number): string {
  const codes = [...letters].sort((a, b) => columnNumber(a) - columnNumber(b));
  const contiguous = codes.every((l, i) => i === 0 || columnNumber(l) === columnNumber(codes[i - 1]) + 1);
  return contiguous && codes.length > 1
    ? `SUM(${codes[0]}${row}:${codes[codes.length - 1]}${row})`
    : `SUM(${codes.map((l) => `${l}${row}`).join(",")})`;
}

function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}
