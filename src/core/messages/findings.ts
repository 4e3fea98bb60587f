import type { CellValue } from "../grid";
import type { Pence, Unit } from "../money";
import { nearestNames, type Named } from "../fixes/similar";
import { inSheetUnits, thousands } from "./money";
import { IN_YEAR_FIELD_LABELS } from "./in-year";
import { counted, listed } from "./rules";

/** Field names as the plan shows them (docs/messages.md): findings carry ids, people read these. */
export const FIELD_LABELS: Record<string, string> = {
  schemeRef: "Scheme reference", schemeName: "Scheme name", organisation: "Organisation", sha: "SHA",
  workstream: "National workstream", regionalWorkstream: "Regional workstream", pointOfDelivery: "Point of delivery",
  activityChange: "Activity change", activityUnit: "Activity unit", managementCost: "Management cost saving",
  total: "Total", rag: "RAG rating", forecast: "Forecast", lead: "Lead", risks: "Risks",
  header: "Header row", sheet: "Sheet", workbook: "Workbook",
};

export function fieldLabel(field: string): string {
  if (/^savings:/.test(field)) return `Savings ${field.slice(8)}`;
  if (/^forecast:/.test(field)) return `Forecast ${field.slice(9)}`;
  return FIELD_LABELS[field] ?? IN_YEAR_FIELD_LABELS[field] ?? field;
}

export function shown(value: CellValue): string {
  return typeof value === "string" ? `the text '${value.length > 40 ? value.slice(0, 40) + "…" : value}'` : String(value);
}

/** Money in £000 as a sheet shows it (kept under this name for the checks that import it). */
export const k = (pence: Pence): string => thousands(pence);

const quoted = (names: readonly string[]) => names.map((n) => `'${n}'`);

/** The valid values when there are few, else the closest ones: what the user can type instead. */
export function codeListHint(value: CellValue, candidates: readonly Named[]): string {
  const either = (names: readonly string[]) => listed(quoted(names)).replace(/ and '([^']*)'$/, " or '$1'");
  const near = candidates.length > 8 ? nearestNames(String(value ?? ""), candidates) : [];
  if (near.length > 0) return `did you mean ${either(near)}?`;
  // A short list, or nothing close: every valid value, so the user never has to go looking.
  if (candidates.length > 0 && candidates.length <= LIST_ALL) return `choose one of ${either(candidates.map((c) => c.name))}`;
  return "choose a value from the drop-down or the QIPP Rules sheet";
}

/** What to type instead: activity and workforce are counts, everything else is money in the sheet's units. */
function numberHint(field: string): string {
  if (/^activity/.test(field)) return "type the change in units of activity (a reduction is negative)";
  if (field === "workforceChange") return "type the change in whole-time equivalents";
  return "type the amount in the sheet's units (£000 unless it says otherwise)";
}

/** Lists this long are given in full when nothing is close (the pack's 12 national workstreams). */
const LIST_ALL = 12;

export const messages = {
  missingColumns: (sheet: string, missing: string[]) =>
    `Sheet '${sheet}' looks like a plan but has no column for ${listed(missing)}: add ${missing.length === 1 ? "the column" : "the columns"} beside the others in the header row.`,
  noPlan: (workbook: string) => `No plan found in ${workbook}: open the workbook that holds the plan's scheme table (scheme, workstream and savings columns).`,
  /** One line for every sheet passed over: "2 sheets without a plan: Cover and Read me". */
  sheetsWithoutPlan: (sheets: readonly string[]) => `${counted(sheets.length, "sheet")} without a plan: ${listed(sheets)}. Nothing on ${sheets.length === 1 ? "it" : "them"} is counted.`,
  notAPlan: (sheet: string) => `Sheet '${sheet}' has no scheme table, so nothing on it is counted.`,
  required: (field: string) => `${fieldLabel(field)} is missing: fill it in.`,
  noSavings: () => "This scheme has no savings in any year: type its saving in £000 in the year it falls, or delete the row.",
  codeList: (field: string, value: CellValue, candidates: readonly Named[] = []) =>
    `${fieldLabel(field)} ${shown(value)} is not in the list: ${codeListHint(value, candidates)}`,
  notANumber: (field: string, value: CellValue) => `${fieldLabel(field)} is ${shown(value)}, not a number: ${numberHint(field)}, or leave it blank.`,
  errorValue: (field: string, value: CellValue) => `${fieldLabel(field)} shows the error ${String(value)}: fix the formula; until then it counts as nothing.`,
  negative: (field: string, pence: Pence, unit?: Unit) =>
    `${fieldLabel(field)} is negative, ${thousands(pence)}${inSheetUnits(pence, unit)}: a cost, not a saving. Check the sign.`,
  duplicateRef: (ref: string, firstCell: string) => `Scheme reference '${ref}' is used twice in this organisation (first at ${firstCell}): give this scheme its own reference.`,
  totalMismatch: (declared: Pence, sum: Pence, unit?: Unit) =>
    `Total ${thousands(declared)} is not the sum of the year columns, ${thousands(sum)} (difference ${thousands(declared - sum)})${inSheetUnits(declared, unit)}: the year columns are counted; correct the total.`,
  declaredTotal: (label: string, field: string, declared: Pence, sum: Pence, count: number, unit?: Unit) =>
    `'${label}' row says ${fieldLabel(field)} is ${thousands(declared)}${inSheetUnits(declared, unit)} but its ${counted(count, "scheme")} add up to ${thousands(sum)} (difference ${thousands(declared - sum)}): correct the total row.`,
  unitSaving: (pod: string, perUnit: number, min: number | undefined, max: number | undefined) =>
    `Saving per unit of ${pod} activity is £${Math.round(perUnit).toLocaleString("en-GB")}, outside the plausible £${(min ?? 0).toLocaleString("en-GB")} to ${max === undefined ? "any amount" : `£${max.toLocaleString("en-GB")}`}: check the activity change or the saving.`,
  organisationSha: (org: string, declared: string, expected: string) =>
    `${org} belongs to ${expected} in the rule pack, but the plan says SHA '${declared}': change the SHA to ${expected}.`,
  unknownOrganisation: (org: string) =>
    `Organisation '${org}' is not in the rule pack's list of PCT clusters, so it counts only in the England total: use the organisation's name as the pack spells it.`,
  duplicatePlan: (organisation: string, first: string, second: string) =>
    `${organisation} has a plan in ${first} and again in ${second}: only the first is counted. Remove one of them.`,
};
