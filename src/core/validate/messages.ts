import type { CellValue } from "../grid";
import { toThousands, type Pence } from "../money";
import { IN_YEAR_FIELD_LABELS } from "../messages/in-year";

/** Wording for findings, apart from the checks: plain sentences a finance officer understands. */
export const FIELD_LABELS: Record<string, string> = {
  schemeRef: "Scheme reference", schemeName: "Scheme name", organisation: "Organisation", sha: "SHA",
  workstream: "National workstream", regionalWorkstream: "Regional workstream", pointOfDelivery: "Point of delivery",
  activityChange: "Activity change", activityUnit: "Activity unit", managementCost: "Management cost saving",
  total: "Total", rag: "RAG rating", forecast: "Forecast", lead: "Lead", risks: "Risks",
};

export function fieldLabel(field: string): string {
  if (/^savings:/.test(field)) return `Savings ${field.slice(8)}`;
  if (/^forecast:/.test(field)) return `Forecast ${field.slice(9)}`;
  return FIELD_LABELS[field] ?? IN_YEAR_FIELD_LABELS[field] ?? field;
}

export function shown(value: CellValue): string {
  return typeof value === "string" ? `the text '${value.length > 40 ? value.slice(0, 40) + "…" : value}'` : String(value);
}

// Built once: toLocaleString with options builds a new formatter on every call.
const THOUSANDS = new Intl.NumberFormat("en-GB", { minimumFractionDigits: 0, maximumFractionDigits: 3 });
export const k = (pence: Pence): string => THOUSANDS.format(toThousands(pence));

export const messages = {
  missingColumns: (sheet: string, missing: string[]) =>
    `Sheet '${sheet}' looks like a plan but has no column for ${missing.join(", ")}: add the column(s) or rename the header(s) to a name in the rule pack.`,
  noPlan: (workbook: string) => `No plan found in ${workbook}: no sheet has a scheme table (scheme, workstream and savings columns). Check this is the plan workbook, or that its header row names those columns.`,
  notAPlan: (sheet: string) => `Sheet '${sheet}' has no scheme table (no header row with scheme, workstream and savings columns), so it was passed over.`,
  required: (field: string) => `${fieldLabel(field)} is missing.`,
  codeList: (field: string, value: CellValue) => `${fieldLabel(field)} ${shown(value)} is not in the rule pack's list.`,
  notANumber: (field: string, value: CellValue) => `${fieldLabel(field)} is ${shown(value)}, not a number.`,
  errorValue: (field: string, value: CellValue) => `${fieldLabel(field)} shows the error ${String(value)}; it counts as nothing until the formula is fixed.`,
  negative: (field: string, pence: Pence) => `${fieldLabel(field)} is negative (${k(pence)}): a cost, not a saving. Check the sign.`,
  duplicateRef: (ref: string, firstCell: string) => `Scheme reference '${ref}' is used twice in this organisation (first at ${firstCell}).`,
  totalMismatch: (declared: Pence, sum: Pence) =>
    `Total ${k(declared)} differs from the sum of the year columns ${k(sum)} by ${k(declared - sum)}; the year columns are taken as right.`,
  declaredTotal: (label: string, field: string, declared: Pence, sum: Pence, count: number) =>
    `'${label}' row says ${fieldLabel(field)} is ${k(declared)} but its ${count} scheme(s) add up to ${k(sum)} (difference ${k(declared - sum)}).`,
  unitSaving: (pod: string, perUnit: number, min: number | undefined, max: number | undefined) =>
    `Saving per unit of ${pod} activity is £${Math.round(perUnit).toLocaleString("en-GB")}, outside the plausible range £${min ?? 0}–£${max ?? "∞"}: check the activity change or the saving.`,
  organisationSha: (org: string, declared: string, expected: string) => `${org} belongs to ${expected} in the rule pack, but the plan says SHA '${declared}'.`,
  unknownOrganisation: (org: string) => `Organisation '${org}' is not in the rule pack's list of PCT clusters, so its SHA is unknown and it counts only in the England total.`,
};
