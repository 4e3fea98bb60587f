import type { PackIndex } from "../rules/match";
import type { Amount, DeclaredTotal, Finding, Plan, Scheme } from "../types";
import { makeFinding } from "./finding";
import { messages } from "../messages/findings";

type Emit = (f: Finding | undefined) => void;

/** Organisation known, and the SHA written on the plan or a scheme agrees with the pack. */
export function checkOrganisation(plan: Plan, index: PackIndex, emit: Emit): void {
  const pack = index.pack;
  const org = plan.organisation;
  const place = (sheet: string, cell: string) => ({ workbook: plan.workbook, sheet, cell });
  if (org.source !== "column" && !org.shaCode) {
    emit(makeFinding(pack, "unknown-organisation", place(plan.sheet, org.cell ?? ""), "organisation", org.name, messages.unknownOrganisation(org.name)));
  }
  const seen = new Set<string>();
  for (const s of plan.schemes) {
    const t = s.text.organisation;
    if (t?.text && !index.organisation(t.text) && !index.sha(t.text) && !seen.has(t.text)) {
      seen.add(t.text);
      emit(makeFinding(pack, "unknown-organisation", place(plan.sheet, t.cell), "organisation", t.raw, messages.unknownOrganisation(t.text)));
    }
  }
  const declared = plan.declaredSha;
  const expected = org.shaCode && pack.shas.find((s) => s.code === org.shaCode);
  const said = declared && index.sha(declared.text);
  if (declared && expected && said && said.code !== expected.code) {
    emit(makeFinding(pack, "organisation-sha", place(plan.sheet, declared.cell), "sha", declared.raw, messages.organisationSha(org.matched ?? org.name, declared.text, expected.name)));
  }
  for (const s of plan.schemes) checkSchemeSha(s, index, emit);
}

function checkSchemeSha(s: Scheme, index: PackIndex, emit: Emit): void {
  const t = s.text.sha;
  const said = t?.text ? index.sha(t.text) : undefined;
  const org = s.organisation ? index.organisation(s.organisation) : undefined;
  if (t && said && org && said.code !== org.sha) {
    const expected = index.pack.shas.find((x) => x.code === org.sha)?.name ?? org.sha;
    emit(makeFinding(index.pack, "organisation-sha", { workbook: s.workbook, sheet: s.sheet, cell: t.cell }, "sha", t.raw, messages.organisationSha(org.name, t.text, expected)));
  }
}

/** A scheme reference used twice within one organisation (across all its sheets). */
export function checkDuplicateRefs(plans: Plan[], index: PackIndex, emit: Emit): void {
  const first = new Map<string, string>();
  for (const plan of plans) {
    for (const s of plan.schemes) {
      const ref = s.text.schemeRef;
      if (!ref?.text) continue;
      const key = `${s.organisation ?? plan.organisation.name}|${ref.text.toLowerCase()}`;
      const prior = first.get(key);
      if (prior) emit(makeFinding(index.pack, "duplicate-ref", { workbook: s.workbook, sheet: s.sheet, cell: ref.cell }, "schemeRef", ref.raw, messages.duplicateRef(ref.text, prior)));
      else first.set(key, plan.sheet === s.sheet ? ref.cell : `${s.sheet}!${ref.cell}`);
    }
  }
}

/** Declared total rows against the schemes they total, column by column. */
export function checkDeclaredTotals(plan: Plan, index: PackIndex, emit: Emit): void {
  const tolerance = Math.round(index.pack.parameters.declaredTotalTolerance * 100_000);
  for (const total of plan.totals) {
    const columns = totalColumns(total);
    const sums = (from: number) => columns.map(([, pick]) => plan.schemes.slice(from, total.toScheme).reduce((a, s) => a + (pick(s)?.value ?? 0), 0));
    const matches = (from: number) => sums(from).every((sum, i) => columns[i][1](undefined, total)?.value == null || Math.abs(columns[i][1](undefined, total)!.value! - sum) <= tolerance);
    const from = chooseRange(total, matches);
    const got = sums(from);
    columns.forEach(([field, pick], i) => {
      const declared = pick(undefined, total);
      if (declared?.value == null || Math.abs(declared.value - got[i]) <= tolerance) return;
      emit(makeFinding(index.pack, "declared-total-mismatch", { workbook: plan.workbook, sheet: plan.sheet, cell: declared.cell }, field, declared.raw,
        messages.declaredTotal(total.label, field, declared.value, got[i], total.toScheme - from, plan.unit)));
    });
  }
}

type Pick = (s?: Scheme, t?: DeclaredTotal) => Amount | undefined;

function totalColumns(total: DeclaredTotal): [string, Pick][] {
  const cols: [string, Pick][] = Object.keys(total.savings).map((y): [string, Pick] => [`savings:${y}`, (s, t) => (s ?? t)!.savings[y]]);
  // A total row's Total column totals the schemes' years: the year columns are the truth.
  if (total.total) cols.push(["total", (s, t) => (s ? yearsAmount(s) : t!.total)]);
  if (total.managementCost) cols.push(["managementCost", (s, t) => (s ?? t)!.managementCost]);
  return cols;
}

/** A sub-total covers the schemes since the last total row; a grand total may cover them all. */
function chooseRange(total: DeclaredTotal, matches: (from: number) => boolean): number {
  if (matches(total.fromScheme)) return total.fromScheme;
  if (matches(0)) return 0;
  return /grand|overall/i.test(total.label) || total.fromScheme === total.toScheme ? 0 : total.fromScheme;
}

function yearsAmount(s: Scheme): Amount {
  const value = Object.values(s.savings).reduce((a, x) => a + (x.value ?? 0), 0);
  return { cell: "", raw: null, value };
}
