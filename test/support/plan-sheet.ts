import { PENCE_PER_UNIT, UNIT_NAME, type UnitText } from "./headers";
import { chooseDefects, type Defects } from "./defects";
import { categoryOf, shaOf, YEARS } from "./pack-data";
import { columnLetterOf, planColumns, type PlanColumn } from "./plan-columns";
import type { PlanExpectation, PlanLayout } from "./plan-layout";
import { prng, type Prng } from "./prng";
import { expectationTally } from "./plan-tally";
import { schemeRowCells } from "./scheme-row";
import type { SchemeRecord } from "./schemes";
import type { SheetCell } from "./sheet-cells";
import { totalRowCells } from "./total-row";

export interface PlanSheet {
  rows: SheetCell[][];
  /** Ranges to merge, e.g. "A1:N1" for the title. */
  merges: string[];
  expected: PlanExpectation;
}

/** Context shared by the row builders of one sheet. */
export interface SheetContext {
  layout: PlanLayout;
  columns: PlanColumn[];
  left: number;
  perUnit: number;
  rng: Prng;
  defects: Defects;
  where: ReturnType<typeof columnLetterOf>;
}

const SECTION_HEADINGS: Record<string, string> = {
  "commissioning and pathways": "Commissioning and pathways schemes",
  "provider efficiency": "Provider efficiency schemes",
  "system enablers": "System enablers",
};

export function planSheetRows(schemes: SchemeRecord[], layout: PlanLayout = {}): PlanSheet {
  const unit: UnitText = layout.unit ?? "£000";
  const unitIn = unit === "£000" ? undefined : (layout.unitIn ?? (layout.titleRows ? "title" : "header"));
  const columns = planColumns(layout, unit, unitIn === "header");
  const left = layout.leftColumn ?? 0;
  const rng = prng(layout.seed ?? 1);
  const ordered = layout.sectionRows ? sortBySection(schemes) : schemes;
  const ctx: SheetContext = {
    layout, columns, left, rng, perUnit: PENCE_PER_UNIT[unit],
    defects: chooseDefects(ordered, layout, rng), where: columnLetterOf(columns, left),
  };
  const rows: SheetCell[][] = [];
  const push = (cells: SheetCell[]): number => rows.push([...Array<SheetCell>(left).fill(null), ...cells]);
  const tally = expectationTally(ctx, ordered);

  const titles = titleRows(layout, unit, unitIn);
  titles.forEach((t) => push([t]));
  const merges = titles.length && layout.mergeTitle !== false ? [`${ctx.where.letter(0)}1:${ctx.where.letter(columns.length - 1)}1`] : [];
  if (layout.orgLabel) push([layout.orgLabel, ...Array<null>((layout.orgLabelGap ?? 1) - 1).fill(null), organisationText(ordered[0], layout)]);
  if (layout.plannedBudget !== undefined) push(["Planned budget", (layout.plannedBudget * 100_000) / ctx.perUnit]);
  if (layout.overallRag) push(["Overall RAG", layout.overallRag]);
  if (layout.blankRows || rows.length > 0) push([]);
  const headerRow = push(columns.map((c) => c.header));

  const subtotalRows: number[] = [];
  let index = 0;
  for (const section of sections(ordered, layout)) {
    if (section.heading) push(sectionHeading(ctx, section.heading));
    const first = index;
    section.schemes.forEach((scheme, k) => {
      if (layout.blankRows && k > 0 && k % 8 === 0) push([]);
      const row = rows.length + 1;
      const built = schemeRowCells(ctx, scheme, index, row);
      push(built.cells);
      tally.addScheme(scheme, index, row, built);
      index++;
    });
    if (layout.sectionRows && layout.totalRow) {
      const row = rows.length + 1;
      const built = totalRowCells(ctx, "Sub-total", row, { ...tally.slice(first, index) });
      push(built.cells);
      tally.addDeclaredTotal(row, "Sub-total", built.bad);
      subtotalRows.push(row);
    }
  }
  if (layout.totalRow) {
    const row = rows.length + 1;
    const all = tally.slice(0, index);
    const sources = subtotalRows.length ? { ...all, schemes: undefined, subtotals: subtotalRows } : all;
    const built = totalRowCells(ctx, "Total", row, { ...sources, wrong: layout.totalRow === "wrong" });
    push(built.cells);
    tally.addDeclaredTotal(row, "Total", built.bad);
  }
  const expected = tally.finish({ headerRow, unit: UNIT_NAME[unit] });
  if (layout.plannedBudget !== undefined) expected.budgetPence = Math.round(layout.plannedBudget * 100_000);
  if (layout.overallRag) expected.overallRag = layout.overallRag;
  return { rows, merges, expected };
}

/** The organisation as the sheet writes it: the pack name, or loosely ("NHS Black Country & ..."). */
export function organisationText(scheme: SchemeRecord | undefined, layout: PlanLayout): string {
  const name = scheme?.organisation ?? "";
  return layout.looseNames ? `NHS ${name.replace(/ and /g, " & ")}` : name;
}

export function shaText(scheme: SchemeRecord): string {
  return shaOf(scheme.organisation).name;
}

function titleRows(layout: PlanLayout, unit: UnitText, unitIn: string | undefined): string[] {
  const titles = [...(layout.titleRows ?? [])];
  if (unitIn !== "title") return titles;
  const at = titles.findIndex((t) => /^£(000|m)?$/.test(t.trim()));
  if (at >= 0) titles[at] = unit;
  else titles.push(unit);
  return titles;
}

function sortBySection(schemes: SchemeRecord[]): SchemeRecord[] {
  const order = Object.keys(SECTION_HEADINGS);
  const rank = (s: SchemeRecord) => {
    const i = order.indexOf(categoryOf(s.workstream));
    return i < 0 ? order.length : i;
  };
  return schemes.map((s, i) => ({ s, i })).sort((a, b) => rank(a.s) - rank(b.s) || a.i - b.i).map((x) => x.s);
}

function sections(ordered: SchemeRecord[], layout: PlanLayout): { heading?: string; schemes: SchemeRecord[] }[] {
  if (!layout.sectionRows) return [{ schemes: ordered }];
  const groups = new Map<string, SchemeRecord[]>();
  for (const s of ordered) {
    const heading = SECTION_HEADINGS[categoryOf(s.workstream)] ?? "Other schemes";
    groups.set(heading, [...(groups.get(heading) ?? []), s]);
  }
  return [...groups].map(([heading, schemes]) => ({ heading, schemes }));
}

/** Label column of section and total rows: the reference or name column, whichever comes first. */
export function labelIndex(ctx: SheetContext): number {
  return Math.min(ctx.where.fieldIndex("schemeRef"), ctx.where.fieldIndex("schemeName"));
}

function sectionHeading(ctx: SheetContext, heading: string): SheetCell[] {
  const cells = Array<SheetCell>(labelIndex(ctx) + 1).fill(null);
  cells[labelIndex(ctx)] = heading;
  return cells;
}

export { YEARS };
