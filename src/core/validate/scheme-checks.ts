import { isErrorValue } from "../grid";
import type { PackIndex } from "../rules/match";
import type { Amount, Finding, Scheme } from "../types";
import { makeFinding } from "./finding";
import { messages } from "../messages/findings";
import type { Unit } from "../money";
import type { Named } from "../fixes/similar";
import type { RulePack } from "../rules/schema";

/** The values a code-list field accepts, for the message's "choose one of" or "did you mean". */
function codeValues(pack: RulePack, field: "workstream" | "pointOfDelivery" | "rag" | "sha"): readonly Named[] {
  if (field === "workstream") return pack.workstreams;
  if (field === "pointOfDelivery") return pack.pointsOfDelivery;
  if (field === "sha") return pack.shas;
  return (["red", "amber", "green"] as const).map((r) => ({ name: pack.rag[r][0], aliases: pack.rag[r] }));
}

type Emit = (f: Finding | undefined) => void;

const REQUIRED_TEXT = ["schemeRef", "schemeName", "workstream", "rag"] as const;

/** Checks one scheme's own cells: required fields, code lists, numbers, signs, totals, unit savings. */
export function checkScheme(s: Scheme, index: PackIndex, emit: Emit, unit?: Unit): void {
  const pack = index.pack;
  const at = (cell: string) => ({ workbook: s.workbook, sheet: s.sheet, cell });
  for (const field of REQUIRED_TEXT) {
    const t = s.text[field];
    if (t && !t.text && pack.fields[field].required) emit(makeFinding(pack, "required", at(t.cell), field, null, messages.required(field)));
  }
  for (const field in s.text) {
    const t = s.text[field as keyof Scheme["text"]];
    if (t && isErrorValue(t.raw)) emit(makeFinding(pack, "error-value", at(t.cell), field, t.raw, messages.errorValue(field, t.raw)));
  }
  const code = (field: "workstream" | "pointOfDelivery" | "rag" | "sha", known: boolean) => {
    const t = s.text[field];
    if (t?.text && !isErrorValue(t.raw) && !known) emit(makeFinding(pack, "code-list", at(t.cell), field, t.raw, messages.codeList(field, t.raw, codeValues(pack, field))));
  };
  code("workstream", !!s.workstream);
  code("pointOfDelivery", !!s.pointOfDelivery);
  code("rag", s.rag !== "unrated");
  code("sha", !!(s.text.sha && index.sha(s.text.sha.text)));

  // Hot path (every scheme): no arrays or strings are built unless something is wrong.
  const number = (field: () => string, a: Amount | undefined) => {
    if (!a?.issue) return;
    const name = field();
    emit(a.issue === "error"
      ? makeFinding(pack, "error-value", at(a.cell), name, a.raw, messages.errorValue(name, a.raw))
      : makeFinding(pack, "not-a-number", at(a.cell), name, a.raw, messages.notANumber(name, a.raw)));
  };
  let sum = 0;
  let anyYear = false;
  let allBlank = true;
  for (const year in s.savings) {
    const a = s.savings[year];
    anyYear = true;
    if (a.value !== null || a.issue) allBlank = false;
    number(() => `savings:${year}`, a);
    if (a.value !== null && a.value < 0) emit(makeFinding(pack, "negative-saving", at(a.cell), `savings:${year}`, a.raw, messages.negative(`savings:${year}`, a.value, unit)));
    sum += a.value ?? 0;
  }
  if (anyYear && allBlank) {
    const year = Object.keys(s.savings)[0];
    emit(makeFinding(pack, "required", at(s.savings[year].cell), `savings:${year}`, null, messages.noSavings()));
  }
  for (const year in s.forecast) number(() => `forecast:${year}`, s.forecast[year]);
  number(() => "total", s.total);
  number(() => "managementCost", s.managementCost);
  number(() => "activityChange", s.activityChange);
  const tolerance = Math.round(pack.parameters.totalTolerance * 100_000);
  if (s.total?.value != null && Math.abs(s.total.value - sum) > tolerance) {
    emit(makeFinding(pack, "total-mismatch", at(s.total.cell), "total", s.total.raw, messages.totalMismatch(s.total.value, sum, unit)));
  }
  checkUnitSaving(s, index, emit);
}

function checkUnitSaving(s: Scheme, index: PackIndex, emit: Emit): void {
  const pod = s.pointOfDelivery ? index.pointOfDelivery(s.pointOfDelivery) : undefined;
  const activity = s.activityChange?.value;
  if (!pod || !activity || (pod.minUnitSaving === undefined && pod.maxUnitSaving === undefined)) return;
  const largest = Math.max(...Object.values(s.savings).map((a) => a.value ?? 0));
  if (largest <= 0) return;
  const perUnit = largest / 100 / Math.abs(activity);
  const tooLow = pod.minUnitSaving !== undefined && perUnit < pod.minUnitSaving;
  const tooHigh = pod.maxUnitSaving !== undefined && perUnit > pod.maxUnitSaving;
  if (tooLow || tooHigh) {
    emit(makeFinding(index.pack, "unit-saving", { workbook: s.workbook, sheet: s.sheet, cell: s.activityChange!.cell }, "activityChange", s.activityChange!.raw,
      messages.unitSaving(pod.name, perUnit, pod.minUnitSaving, pod.maxUnitSaving)));
  }
}
