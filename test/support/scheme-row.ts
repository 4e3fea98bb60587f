import { moneyText } from "./money-text";
import type { BadCell } from "./plan-layout";
import { sumFormula } from "./plan-columns";
import { organisationText, shaText, type SheetContext } from "./plan-sheet";
import type { SchemeRecord } from "./schemes";
import type { SheetCell } from "./sheet-cells";

export interface SchemeRow {
  cells: SheetCell[];
  /** Pence per year that a correct reader counts (null: the cell counts as nothing). */
  counted: (number | null)[];
  /** True when every year cell is a plain number, so a SUM over them gives the counted total. */
  plainYears: boolean;
  rag: string;
  forecastPence: number;
  bad: BadCell[];
}

/** One scheme's cells in column order, with any deliberate problem the defects give it. */
export function schemeRowCells(ctx: SheetContext, scheme: SchemeRecord, index: number, row: number): SchemeRow {
  const { defects, where, perUnit, rng, layout } = ctx;
  const bad: BadCell[] = [];
  const at = (i: number) => `${where.letter(i)}${row}`;
  const isDefective = Object.values(defects).some((d) => d === index) ||
    [defects.tbc, defects.negative, ...defects.errors].some((d) => d?.scheme === index);
  const counted: (number | null)[] = [];
  const yearCells: SheetCell[] = scheme.savingsPence.map((pence, y) => {
    const cell = at(where.yearIndexes[y]);
    if (defects.tbc?.scheme === index && defects.tbc.year === y) {
      bad.push({ cell, rule: "not-a-number" });
      counted.push(null);
      return "tbc";
    }
    const error = defects.errors.find((e) => e.scheme === index && e.year === y);
    if (error) {
      bad.push({ cell, rule: "error-value" });
      counted.push(null);
      return { error: error.code };
    }
    let value = pence;
    if (defects.negative?.scheme === index && defects.negative.year === y) {
      value = -(pence || 5_000_000);
      bad.push({ cell, rule: "negative-saving" });
    }
    counted.push(value);
    return layout.textNumbers && rng.chance(0.3) ? moneyText(value / perUnit, rng) : value / perUnit;
  });
  const plainYears = yearCells.every((c) => typeof c === "number");
  const sumPence = counted.reduce<number>((t, p) => t + (p ?? 0), 0);
  const ref = defects.duplicateRef === index ? (defects.duplicateOf ?? scheme.ref) : scheme.ref;
  if (defects.duplicateRef === index) bad.push({ cell: at(where.fieldIndex("schemeRef")), rule: "duplicate-ref" });
  const workstream = defects.miscWorkstream === index ? "Misc" : scheme.workstream;
  if (defects.miscWorkstream === index) bad.push({ cell: at(where.fieldIndex("workstream")), rule: "code-list" });
  const rag = defects.purpleRag === index ? "Purple" : scheme.rag;
  if (defects.purpleRag === index) bad.push({ cell: at(where.fieldIndex("rag")), rule: "code-list" });
  const yearLetters = where.yearIndexes.map((i) => where.letter(i));
  let total: SheetCell = plainYears ? { formula: sumFormula(yearLetters, row), result: sumPence / perUnit } : sumPence / perUnit;
  if (defects.wrongTotal === index) {
    total = (sumPence + 1_000_000) / perUnit;
    bad.push({ cell: at(where.fieldIndex("total")), rule: "total-mismatch" });
  }
  const forecastPence = scheme.forecastPence ?? 0;
  const cells = ctx.columns.map((c): SheetCell => {
    if (c.kind === "year") return yearCells[c.year];
    if (c.kind === "forecast") return scheme.forecastPence === null ? null : scheme.forecastPence / perUnit;
    if (c.kind === "extra") return `${c.header} ${(index % 5) + 1}`;
    switch (c.field) {
      case "organisation": return organisationText(scheme, layout);
      case "sha": return shaText(scheme);
      case "schemeRef": return ref;
      case "schemeName": return scheme.name;
      case "workstream": return workstream;
      case "pointOfDelivery": return scheme.pointOfDelivery;
      case "activityChange": return isDefective ? null : scheme.activityChange;
      case "total": return total;
      case "rag": return rag;
      case "lead": return scheme.lead;
      case "risks": return scheme.risks || null;
    }
  });
  return { cells, counted, plainYears, rag, forecastPence: layout.forecastColumn ? forecastPence : 0, bad };
}
