import type { CellValue } from "./grid";
import type { Pence, Unit } from "./money";

export type Severity = "error" | "warning" | "info";
export type Rag = "red" | "amber" | "green";
export type RagOrUnrated = Rag | "unrated";
/** The five-point delivery-confidence scale (Major Projects Authority). */
export type Rag5 = "green" | "amber-green" | "amber" | "amber-red" | "red";
export type Rag5OrUnrated = Rag5 | "unrated";
/** A financial year as the pack names it: "2011-12". */
export type Year = string;

export const TEXT_FIELDS = [
  "schemeRef", "schemeName", "organisation", "sha", "workstream", "regionalWorkstream",
  "pointOfDelivery", "activityUnit", "rag", "lead", "risks",
] as const;
export const NUMBER_FIELDS = ["activityChange", "managementCost", "total", "forecast"] as const;
/** In-year monitoring columns: read into Scheme.ytdPlan … qiaSignedOff, never into Scheme.text. */
export const IN_YEAR_FIELDS = [
  "ytdPlan", "ytdActual", "activityPlanYtd", "activityActualYtd", "milestone", "milestoneDue", "milestoneStatus", "qia", "workforceChange",
] as const;
export type TextField = (typeof TEXT_FIELDS)[number];
export type NumberField = (typeof NUMBER_FIELDS)[number];
export type InYearField = (typeof IN_YEAR_FIELDS)[number];
export type FieldName = TextField | NumberField | InYearField;

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
  /** The five-point rating as written (three-point ratings map to green, amber, red). */
  rag5?: Rag5OrUnrated;
  /** In-year delivery (issue "In-year delivery"): money in pence, activity in the scheme's unit. */
  ytdPlan?: Amount;
  ytdActual?: Amount;
  activityPlanYtd?: Amount;
  activityActualYtd?: Amount;
  workforceChange?: Amount;
  milestone?: { name: TextCell | null; due: { cell: string; raw: CellValue; date: string | null } | null; complete: boolean; status?: TextCell };
  /** Whether a quality impact assessment is signed off; undefined when the plan has no QIA column. */
  qiaSignedOff?: { cell: string; raw: CellValue; signedOff: boolean };
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
  /** The month the plan reports on, from a Reporting month / Month / Period / As at label or the Cover sheet. */
  period?: ReportingPeriod;
  /** Sign-off values from labels (Prepared by, SHA finance director, QIPP lead, Date signed) on the Cover sheet. */
  signOff?: Record<string, TextCell & { sheet: string }>;
}

/** A reporting period: the end of the month reported on, as an ISO date (JSON only), and where it was read. */
export interface ReportingPeriod {
  /** "2011-09-30" */
  end: string;
  /** Month 1 = April; null when the period is not inside a financial year the pack knows. */
  month: number | null;
  /** The pack financial year it falls in ("2011-12"), or null. */
  year: Year | null;
  sheet: string;
  cell: string;
  raw: CellValue;
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
