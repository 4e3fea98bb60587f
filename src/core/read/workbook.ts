import { a1, cellAt, type SheetGrid, type WorkbookGrids } from "../grid";
import { parseMoney } from "../money";
import type { PackIndex } from "../rules/match";
import { RULES_SHEET } from "../rules/sheet-pack";
import { LISTS_SHEET } from "../template/model";
import { isAddinSheet } from "../report/model";
import type { Finding, Plan, PlanOrganisation } from "../types";
import { makeFinding } from "../validate/finding";
import { messages } from "../messages/findings";
import { findHeader } from "./header";
import { findLabelled, textAbove, type LabelledValue } from "./labels";
import { readRows } from "./plan";
import { unitInText } from "./units";
import { applyPeriods } from "./apply-periods";
import { SIGN_OFF_LABELS } from "../messages/report-card";
import { runSteps, type Steps } from "../steps";

const COVER_SHEET = /^\s*cover/i;

/** Every plan in a workbook, and the sheets passed over. */
export function readWorkbook(workbook: WorkbookGrids, index: PackIndex): { plans: Plan[]; findings: Finding[] } {
  return runSteps(readWorkbookSteps(workbook, index));
}

/** `readWorkbook` one sheet a step. */
export function* readWorkbookSteps(workbook: WorkbookGrids, index: PackIndex): Steps<{ plans: Plan[]; findings: Finding[] }> {
  const pack = index.pack;
  const findings: Finding[] = [];
  const plans: Plan[] = [];
  const passedOver: string[] = [];
  const cover = workbook.sheets.find((s) => COVER_SHEET.test(s.name));
  const candidates = workbook.sheets.filter((s) => s.name !== RULES_SHEET && s.name !== LISTS_SHEET && !isAddinSheet(cellAt(s, 1, 0)));
  for (const grid of candidates) {
    yield;
    const header = findHeader(grid, pack);
    if (!header) {
      passedOver.push(grid.name);
      continue;
    }
    const above = (labels: string[]) => findLabelled(grid, labels, grid.top, header.row);
    const unit = textAbove(grid, header.row).map(unitInText).find(Boolean) ?? "thousands";
    const rows = readRows({ workbook: workbook.name, grid, header, unit, index });
    plans.push({
      workbook: workbook.name, sheet: grid.name, headerRow: header.row + 1, unit, ...rows,
      organisation: { name: grid.name, source: "sheet" },
      declaredSha: toText(above(pack.labels.sha)),
      budget: budgetOf(above(pack.labels.budget), unit),
      declaredRag: ragOf(above(pack.labels.overallRag), index),
    });
    findings.push(...missingColumns(plans[plans.length - 1], index, workbook.name, a1(header.row, Math.min(...header.texts.keys()))));
    plans[plans.length - 1].organisation = organisationOf(grid, plans[plans.length - 1], index, () => above(pack.labels.organisation));
  }
  // A workbook with no plan at all must never pass as clean.
  if (plans.length === 0) {
    const f = makeFinding(pack, "no-plan", { workbook: workbook.name, sheet: "", cell: "" }, "workbook", null, messages.noPlan(workbook.name));
    if (f) findings.push(f);
  }
  // Sheets without a table (Cover, Read me) are one line, not a finding each; none when no plan was found at all.
  if (plans.length > 0 && passedOver.length > 0) {
    const f = makeFinding(pack, "not-a-plan", { workbook: workbook.name, sheet: "", cell: "" }, "sheet", passedOver.join(", "), messages.sheetsWithoutPlan(passedOver));
    if (f) findings.push(f);
  }
  // A Cover sheet speaks for the workbook's plan only when there is one plan.
  if (cover && plans.length === 1) applyCover(plans[0], cover, index);
  const signOff = cover && signOffOf(cover);
  if (signOff) for (const plan of plans) plan.signOff ??= signOff;
  for (const plan of plans) if (plan.organisation.source === "sheet") plan.organisation = titleOrganisation(plan, workbook, index) ?? plan.organisation;
  for (const plan of plans) fillSchemeOrganisations(plan);
  findings.push(...applyPeriods(plans, workbook, cover, pack));
  return { plans, findings };
}

function toText(l: LabelledValue | undefined) {
  return l ? { cell: l.cell, raw: l.value, text: l.text } : undefined;
}

function budgetOf(l: LabelledValue | undefined, unit: Plan["unit"]): Plan["budget"] {
  if (!l) return undefined;
  const parsed = parseMoney(l.value, unitInText(l.text) ?? unit);
  return parsed.kind === "number" && parsed.pence > 0 ? { pence: parsed.pence, cell: l.cell, sheet: l.sheet } : undefined;
}

function ragOf(l: LabelledValue | undefined, index: PackIndex): Plan["declaredRag"] {
  const rag = l ? index.rag(l.text) : undefined;
  return l && rag ? { rag, cell: l.cell, sheet: l.sheet } : undefined;
}

function organisationOf(grid: SheetGrid, plan: Plan, index: PackIndex, labelled: () => LabelledValue | undefined): PlanOrganisation {
  const fromColumn = mostCommon(plan.schemes.map((s) => s.text.organisation?.text ?? "").filter(Boolean));
  const label = labelled();
  const org: PlanOrganisation = fromColumn
    ? { name: fromColumn, source: "column", cell: plan.schemes.find((s) => s.text.organisation?.text === fromColumn)?.text.organisation?.cell }
    : label
      ? { name: label.text, source: "label", cell: label.cell }
      : { name: grid.name, source: "sheet" };
  return matchOrganisation(org, index);
}

export function matchOrganisation(org: PlanOrganisation, index: PackIndex): PlanOrganisation {
  const hit = index.organisation(org.name);
  if (hit) return { ...org, matched: hit.name, shaCode: hit.sha };
  const sha = index.sha(org.name);
  return sha ? { ...org, matched: undefined, shaCode: sha.code } : org;
}

function applyCover(plan: Plan, cover: SheetGrid, index: PackIndex): void {
  const pack = index.pack;
  const whole = (labels: string[]) => findLabelled(cover, labels, cover.top, cover.top + cover.values.length);
  if (plan.organisation.source === "sheet") {
    const l = whole(pack.labels.organisation);
    if (l) plan.organisation = matchOrganisation({ name: l.text, source: "cover", cell: l.cell }, index);
  }
  plan.budget ??= budgetOf(whole(pack.labels.budget), plan.unit);
  plan.declaredRag ??= ragOf(whole(pack.labels.overallRag), index);
  plan.declaredSha ??= toText(whole(pack.labels.sha));
}

/** The report card's sign-off values from the Cover sheet's labels of the same names. */
function signOffOf(cover: SheetGrid): Plan["signOff"] {
  const found: NonNullable<Plan["signOff"]> = {};
  for (const label of SIGN_OFF_LABELS) {
    const l = findLabelled(cover, [label], cover.top, cover.top + cover.values.length);
    if (l) found[label] = { cell: l.cell, raw: l.value, text: l.text, sheet: l.sheet };
  }
  return Object.keys(found).length > 0 ? found : undefined;
}

/** A title row above the table that is just an organisation's name ("NHS Arden"), when nothing is labelled. */
function titleOrganisation(plan: Plan, workbook: WorkbookGrids, index: PackIndex): PlanOrganisation | undefined {
  if (index.organisation(plan.sheet)) return undefined;
  const grid = workbook.sheets.find((s) => s.name === plan.sheet)!;
  for (let row = grid.top; row < plan.headerRow - 1; row++) {
    const cells = grid.values[row - grid.top] ?? [];
    for (let i = 0; i < cells.length; i++) {
      const text = typeof cells[i] === "string" ? (cells[i] as string).trim() : "";
      if (text && text.length <= 80 && index.organisation(text)) return matchOrganisation({ name: text, source: "title", cell: a1(row, grid.left + i) }, index);
    }
  }
  return undefined;
}

/** Schemes with no organisation of their own belong to the plan's. */
function fillSchemeOrganisations(plan: Plan): void {
  for (const s of plan.schemes) {
    if (s.text.organisation?.text) continue;
    s.organisation = plan.organisation.matched ?? plan.organisation.name;
    s.shaCode = plan.organisation.shaCode;
  }
}

function mostCommon(values: string[]): string | undefined {
  const counts = new Map<string, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  let best: string | undefined;
  for (const [v, n] of counts) if (!best || n > (counts.get(best) ?? 0)) best = v;
  return best;
}

function missingColumns(plan: Plan, index: PackIndex, workbook: string, cell: string): Finding[] {
  const pack = index.pack;
  const missing: string[] = [];
  for (const [field, spec] of Object.entries(pack.fields)) {
    if (spec.required && !(field in plan.columns)) missing.push(spec.aliases[0] ?? field);
  }
  for (const year of pack.years) if (!(year in plan.yearColumns)) missing.push(`Savings ${year}`);
  if (!missing.length) return [];
  const f = makeFinding(pack, "missing-columns", { workbook, sheet: plan.sheet, cell }, "header", null, messages.missingColumns(plan.sheet, missing));
  return f ? [f] : [];
}
