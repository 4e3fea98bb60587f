import type { RulePack } from "../rules/schema";
import type { FieldName, Year } from "../types";

export const OPTIONAL_COLUMNS = ["pointOfDelivery", "activityChange", "forecast", "lead", "risks", "inYear"] as const;
export type OptionalColumn = (typeof OPTIONAL_COLUMNS)[number];

export type TemplateColumn =
  | { kind: "field"; field: FieldName; header: string; width: number; number: boolean; format?: string }
  | { kind: "year"; year: Year; header: string; width: number; number: true }
  | { kind: "total"; header: string; width: number; number: true }
  | { kind: "forecast"; year: Year; header: string; width: number; number: true };

/** The pack's first header text for a field: what the reader looks for first. */
const header = (pack: RulePack, field: FieldName) => pack.fields[field].aliases[0];

/** Columns left to right: reference and name, codes, RAG, one savings column per pack year, Total, then the optional extras. */
export function templateColumns(pack: RulePack, optional: readonly OptionalColumn[]): TemplateColumn[] {
  const has = (c: OptionalColumn) => optional.includes(c);
  const field = (f: FieldName, width: number, number = false): TemplateColumn => ({ kind: "field", field: f, header: header(pack, f), width, number });
  const columns: TemplateColumn[] = [field("schemeRef", 12), field("schemeName", 36), field("workstream", 30)];
  if (has("pointOfDelivery")) columns.push(field("pointOfDelivery", 18));
  if (has("activityChange")) columns.push(field("activityChange", 14, true));
  columns.push(field("rag", 10));
  for (const year of pack.years) columns.push({ kind: "year", year, header: `${year} £000`, width: 12, number: true });
  columns.push({ kind: "total", header: header(pack, "total"), width: 12, number: true });
  if (has("forecast")) {
    const year = pack.forecastYear ?? pack.years[0];
    columns.push({ kind: "forecast", year, header: `${header(pack, "forecast")} ${year} £000`, width: 14, number: true });
  }
  if (has("lead")) columns.push(field("lead", 18));
  if (has("risks")) columns.push(field("risks", 36));
  if (has("inYear")) columns.push(...inYearColumns(pack));
  return columns;
}

/** Day/month/year, as UK finance staff type dates. https://support.microsoft.com/en-us/office/format-a-date-the-way-you-want-8e10019e-d5d8-47a1-ba95-db95123d273e */
export const DATE_FORMAT = "dd/mm/yyyy";

/** The monthly monitoring columns: money to date in £000, activity to date, the next milestone, QIA, WTE. */
function inYearColumns(pack: RulePack): TemplateColumn[] {
  const col = (f: FieldName, width: number, number: boolean, suffix = "", format?: string): TemplateColumn => ({
    kind: "field", field: f, header: header(pack, f) + suffix, width, number, ...(format ? { format } : {}),
  });
  return [
    col("ytdPlan", 12, true, " £000"), col("ytdActual", 12, true, " £000"),
    col("activityPlanYtd", 14, true), col("activityActualYtd", 14, true),
    col("milestone", 30, false), col("milestoneDue", 12, false, "", DATE_FORMAT), col("milestoneStatus", 14, false),
    col("qia", 12, false), col("workforceChange", 11, true),
  ];
}
