import type { RuleId } from "../../src/core/rules/schema";
import type { HeaderStyle, PlanField, UnitText } from "./headers";

/** How messy a generated plan sheet is. Every option is off by default: a clean, canonical table at A1. */
export interface PlanLayout {
  /** Rows above the table; the first is merged across the table when mergeTitle is not false. */
  titleRows?: string[];
  mergeTitle?: boolean;
  /** A label cell ("Organisation:", "PCT cluster" ...) with the organisation to its right. */
  orgLabel?: string;
  /** Columns from the label to its value (1: the next cell). */
  orgLabelGap?: number;
  organisationColumn?: boolean;
  shaColumn?: boolean;
  /** Write organisations loosely ("NHS Birmingham & Solihull") instead of the pack name. */
  looseNames?: boolean;
  headerStyle?: HeaderStyle;
  /** Seed for shuffling the column order. */
  shuffleColumns?: number;
  /** Columns the reader should keep but ignore. */
  extraColumns?: string[];
  unit?: UnitText;
  /** Where a unit other than £000 is stated: a title row (default when there are titles) or the headers. */
  unitIn?: "title" | "header";
  /** Some savings cells as text: "1,234", "£1,234.50", "(150)", "-". */
  textNumbers?: boolean;
  /** Section heading rows grouping schemes by workstream category (with sub-totals when totalRow is set). */
  sectionRows?: boolean;
  totalRow?: "correct" | "wrong";
  /** A Total column: SUM formulas with cached results over the year cells. */
  totalColumn?: boolean;
  /** A forecast column for the first pack year. */
  forecastColumn?: boolean;
  /** #REF! and #DIV/0! in two savings cells. */
  errorCells?: boolean;
  /** "tbc" saving, workstream "Misc", RAG "Purple", a duplicate ref, a negative saving, a wrong Total cell. */
  badValues?: boolean;
  overallRag?: string;
  /** A "Planned budget" label above the table, in £000 (written in the sheet's unit). */
  plannedBudget?: number;
  /** Blank rows above the header and every few schemes. */
  blankRows?: boolean;
  /** 0-based column where the table starts. */
  leftColumn?: number;
  /** Seed for the cell-level choices (which cells are text, which are bad). */
  seed?: number;
}

export type RagClass = "red" | "amber" | "green" | "unrated";

export interface BadCell {
  cell: string;
  rule: RuleId;
}

/** What a correct reader must find, computed from the scheme records and the layout alone. */
export interface PlanExpectation {
  /** 1-based sheet row of the header. */
  headerRow: number;
  unit: "thousands" | "millions" | "pounds";
  /** Pack names of the organisations on the sheet, in order of first appearance. */
  organisations: string[];
  schemeCount: number;
  /** 1-based sheet rows of the schemes, in order. */
  schemeRows: number[];
  columns: Partial<Record<PlanField, string>>;
  yearColumns: Record<string, string>;
  forecastColumn?: string;
  /** Pence per year over the cells that count (numbers and numeric text; not "tbc" nor errors). */
  totalsByYear: Record<string, number>;
  totalPence: number;
  totalsByOrganisation: Record<string, Record<string, number>>;
  /** Pence over all years and count of schemes, by RAG class ("Purple" is unrated). */
  ragValue: Record<RagClass, number>;
  ragCount: Record<RagClass, number>;
  forecastPence: number;
  declaredTotals: { row: number; label: string }[];
  badCells: BadCell[];
  budgetPence?: number;
  overallRag?: string;
}
