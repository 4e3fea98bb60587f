import { columnLetters } from "../grid";
import type { RulePack } from "../rules/schema";
import { templateColumns, OPTIONAL_COLUMNS, type OptionalColumn } from "./columns";
import { buildListsSheet } from "./lists";
import type { PlanTemplate, TemplateCell, TemplateHighlight, TemplateSheet, TemplateValidation } from "./model";
import { buildRulesSheet } from "./rules-sheet";

export interface TemplateOptions {
  /** A pack organisation's name or alias; the Organisation and SHA labels are filled from it. */
  organisation?: string;
  /** Carry the pack as a QIPP Rules sheet (when it came from a file, not the bundled one). */
  includePack?: boolean;
  optional?: readonly OptionalColumn[];
  /** Blank scheme rows to offer. */
  rows?: number;
}

export const MONEY_FORMAT = "#,##0";
const HEADER_ROW = 6;
/** Excel's preset "light red fill with dark red text" and its amber and green partners. */
const RAG_STYLE = { red: { fill: "FFC7CE", fontColor: "9C0006" }, amber: { fill: "FFEB9C", fontColor: "9C5700" }, green: { fill: "C6EFCE", fontColor: "006100" } };
/** Savings are £000: anything a plan could hold, but a number. */
const MONEY_LIMIT = 1e9;

const SHEET_NAME_BAD = /[[\]:*?/\\]/g;

/** A sheet name Excel accepts: no []:*?/\, at most 31 characters, not starting or ending with an apostrophe. */
export function planSheetName(organisation: string | undefined): string {
  const name = (organisation ?? "").replace(SHEET_NAME_BAD, " ").replace(/^'+|'+$/g, "").trim().slice(0, 31).trim();
  return name || "QIPP Plan";
}

export class TemplateError extends Error {
  override name = "TemplateError";
}

/** The pack organisation a name means (its name, code or an alias, any case), or an error naming a few choices. */
export function findOrganisation(pack: RulePack, wanted: string) {
  const key = wanted.trim().toLowerCase();
  const org = pack.organisations.find((o) => [o.name, o.code ?? "", ...o.aliases].some((n) => n.toLowerCase() === key));
  if (!org) throw new TemplateError(`"${wanted}" is not an organisation in the rule pack "${pack.name}" (for example ${pack.organisations.slice(0, 3).map((o) => `"${o.name}"`).join(", ")})`);
  return org;
}

export function buildPlanTemplate(pack: RulePack, options: TemplateOptions = {}): PlanTemplate {
  const org = options.organisation ? findOrganisation(pack, options.organisation) : undefined;
  const sha = org ? pack.shas.find((s) => s.code === org.sha) : undefined;
  const columns = templateColumns(pack, options.optional ?? OPTIONAL_COLUMNS);
  const rowCount = Math.max(1, options.rows ?? 50);
  const { sheet: lists, source } = buildListsSheet(pack);
  const letter = (i: number) => columnLetters(i);
  const first = HEADER_ROW + 1;
  const last = HEADER_ROW + rowCount;
  const yearIdx = columns.flatMap((c, i) => (c.kind === "year" ? [i] : []));
  const totalIdx = columns.findIndex((c) => c.kind === "total");
  const yearSpan = (row: number) => `${letter(yearIdx[0])}${row}:${letter(yearIdx[yearIdx.length - 1])}${row}`;

  const rows: TemplateCell[][] = [
    [{ value: `${org ? `${org.name} ` : ""}QIPP plan ${pack.years[0]} to ${pack.years[pack.years.length - 1]}`, bold: true }],
    [{ value: "Organisation:", bold: true }, { value: org?.name ?? null }],
    [{ value: "SHA:", bold: true }, { value: sha?.name ?? null }],
    [{ value: "All figures £000 (thousands of pounds)", italic: true }],
    // The month the in-year columns report on: read from here by the Reporting month label.
    columns.some((c) => c.kind === "field" && c.field === "ytdPlan") ? [{ value: "Reporting month:", bold: true }, { value: null }] : [],
    columns.map((c) => ({ value: c.header, bold: true, fill: "D9E1F2" })),
  ];
  for (let row = first; row <= last; row++) {
    rows.push(columns.map((c, i) => {
      if (i === totalIdx) return { value: null, formula: `IF(COUNT(${yearSpan(row)})=0,"",SUM(${yearSpan(row)}))`, numberFormat: MONEY_FORMAT };
      return { value: null, numberFormat: c.number ? MONEY_FORMAT : c.kind === "field" ? c.format : undefined };
    }));
  }
  rows.push(columns.map((c, i) => {
    if (i === 0) return { value: "Total", bold: true };
    if (c.kind === "year" || c.kind === "total") return { value: null, formula: `SUM(${letter(i)}${first}:${letter(i)}${last})`, numberFormat: MONEY_FORMAT, bold: true };
    return { value: null };
  }));

  const range = (i: number) => `${letter(i)}${first}:${letter(i)}${last}`;
  const validations: TemplateValidation[] = [];
  const highlights: TemplateHighlight[] = [];
  const list = (i: number, key: keyof typeof source, what: string) =>
    validations.push({ range: range(i), type: "list", source: source[key], prompt: `Choose a ${what} from the list.`, error: `Choose a ${what} from the rule pack's list.` });
  columns.forEach((c, i) => {
    if (c.kind === "field" && c.field === "workstream") list(i, "workstream", "national workstream");
    else if (c.kind === "field" && c.field === "pointOfDelivery") list(i, "pointOfDelivery", "point of delivery");
    else if (c.kind === "field" && c.field === "milestoneStatus") list(i, "milestoneStatus", "milestone status");
    else if (c.kind === "field" && c.field === "qia") list(i, "qia", "QIA answer (Yes once it is signed off)");
    else if (c.kind === "field" && c.field === "rag") {
      list(i, "rag", "RAG rating");
      for (const rag of ["red", "amber", "green"] as const) highlights.push({ range: range(i), text: pack.rag[rag][0], ...RAG_STYLE[rag] });
    } else if (c.number && c.kind !== "total") {
      validations.push({ range: range(i), type: "decimal", min: -MONEY_LIMIT, max: MONEY_LIMIT, prompt: "A number.", error: "Type a number (no text or symbols)." });
    }
  });
  if (!org) {
    validations.push({ range: "B2", type: "list", source: source.organisation, prompt: "Choose your organisation.", error: "Choose an organisation from the rule pack's list." });
    validations.push({ range: "B3", type: "list", source: source.sha, prompt: "Choose your SHA.", error: "Choose an SHA from the rule pack's list." });
  }

  const plan: TemplateSheet = {
    name: planSheetName(org?.name),
    rows,
    columnWidths: columns.map((c) => c.width),
    freezeRows: HEADER_ROW,
    validations,
    highlights,
  };
  return { plan, lists, rules: options.includePack ? buildRulesSheet(pack) : undefined };
}
