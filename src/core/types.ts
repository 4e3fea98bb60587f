import type { CellValue } from "./grid";
import type { Pence, Unit } from "./money";

export type Severity = "error" | "warning" | "info";
export type Rag = "red" | "amber" | "green";
export type RagOrUnrated = Rag | "unrated";
/** A financial year as the pack names it: "2011-12". */
export type Year = string;

export const TEXT_FIELDS = [
  "schemeRef", "schemeName", "organisation", "sha", "workstream", "regionalWorkstream",
  "pointOfDelivery", "activityUnit", "rag", "lead", "risks",
] as const;
export const NUMBER_FIELDS = ["activityChange", "managementCost", "total", "forecast"] as const;
export type TextField = (typeof TEXT_FIELDS)[number];
export type NumberField = (typeof NUMBER_FIELDS)[number];
export type FieldName = TextField | NumberField;

/** A number read from a cell (pence for money, plain units for activity), or why it could not be read. */
export interface Amount {
  cell: string;
  raw: CellValue;
  /** Pence for money, the plain number for activity; null when blank or unusable. */
  value: number | null;
  issue?: "text" | "error";
}

export interface TextCell {
  cell: string;
  raw: CellValue;
  text: string;
}

export interface Scheme {
  workbook: string;
  sheet: string;
  /** 1-based sheet row. */
  row: number;
  text: Partial<Record<TextField, TextCell>>;
  /** Savings by pack year, pence. A year whose column is missing has no entry. */
  savings: Record<Year, Amount>;
  /** Forecast outturn by pack year, pence. */
  forecast: Record<Year, Amount>;
  total?: Amount;
  managementCost?: Amount;
  /** Plain number of activity units (not money). */
  activityChange?: Amount;
  /** Resolved against the pack (undefined when missing or unknown). */
  organisation?: string;
  shaCode?: string;
  workstream?: string;
  pointOfDelivery?: string;
  rag: RagOrUnrated;
}

/** A row labelled Total / Sub-total / Grand total, reconciled against the schemes above it. */
export interface DeclaredTotal {
  workbook: string;
  sheet: string;
  row: number;
  label: string;
  /** Index range [from, to) into plan.schemes that this total covers. */
  fromScheme: number;
  toScheme: number;
  savings: Record<Year, Amount>;
  total?: Amount;
  managementCost?: Amount;
}

export interface PlanOrganisation {
  /** As written in the plan. */
  name: string;
  source: "column" | "label" | "cover" | "title" | "sheet";
  cell?: string;
  /** Pack organisation matched, and its SHA. */
  matched?: string;
  shaCode?: string;
}

export interface Plan {
  workbook: string;
  sheet: string;
  /** 1-based row of the header. */
  headerRow: number;
  unit: Unit;
  /** Field -> A1 column letters, years -> column letters. */
  columns: Partial<Record<FieldName, string>>;
  yearColumns: Record<Year, string>;
  forecastColumns: Record<Year, string>;
  organisation: PlanOrganisation;
  declaredSha?: TextCell;
  budget?: { pence: Pence; cell: string; sheet: string };
  declaredRag?: { rag: Rag; cell: string; sheet: string };
  schemes: Scheme[];
  totals: DeclaredTotal[];
}

export interface Finding {
  rule: string;
  severity: Severity;
  workbook: string;
  sheet: string;
  /** A1 address of the cell, or "" for a whole sheet or workbook. */
  cell: string;
  field: string;
  value: string | number | boolean | null;
  message: string;
}

export interface ReadResult {
  plans: Plan[];
  findings: Finding[];
}
