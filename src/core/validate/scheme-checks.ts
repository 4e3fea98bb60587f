import { isErrorValue } from "../grid";
import type { PackIndex } from "../rules/match";
import type { Amount, Finding, Scheme } from "../types";
import { makeFinding } from "./finding";
import { messages } from "./messages";

type Emit = (f: Finding | undefined) => void;

const REQUIRED_TEXT = ["schemeRef", "schemeName", "workstream", "rag"] as const;

/** Checks one scheme's own cells: required fields, code lists, numbers, signs, totals, unit savings. */
export function checkScheme(s: Scheme, index: PackIndex, emit: Emit): void {
  const pack = index.pack;
  const at = (cell: string) => ({ workbook: s.workbook, sheet: s.sheet, cell });
  for (const field of REQUIRED_TEXT) {
    const t = s.text[field];
    if (t && !t.text && pack.fields[field].required) emit(makeFinding(pack, "required", at(t.cell), field, null, messages.required(field)));
  }
  for (const [field, t] of Object.entries(s.text)) {
    if (t && isErrorValue(t.raw)) emit(makeFinding(pack, "error-value", at(t.cell), field, t.raw, messages.errorValue(field, t.raw)));
  }
  const code = (field: "workstream" | "pointOfDelivery" | "rag" | "sha", known: boolean) => {
    const t = s.text[field];
    if (t?.text && !isErrorValue(t.raw) && !known) emit(makeFinding(pack, "code-list", at(t.cell), field, t.raw, messages.codeList(field, t.raw)));
  };
  code("workstream", !!s.workstream);
  code("pointOfDelivery", !!s.pointOfDelivery);
  code("rag", s.rag !== "unrated");
  code("sha", !!(s.text.sha && index.sha(s.text.sha.text)));

  const years = Object.entries(s.savings);
  if (years.length && years.every(([, a]) => a.value === null && !a.issue)) {
    const [year, first] = years[0];
    emit(makeFinding(pack, "required", at(first.cell), `savings:${year}`, null, messages.required(`savings:${year}`)));
  }
  const amounts: [string, Amount | undefined][] = [
    ...years.map(([y, a]): [string, Amount] => [`savings:${y}`, a]),
    ...Object.entries(s.forecast).map(([y, a]): [string, Amount] => [`forecast:${y}`, a]),
    ["total", s.total], ["managementCost", s.managementCost], ["activityChange", s.activityChange],
  ];
  for (const [field, a] of amounts) {
    if (a?.issue === "error") emit(makeFinding(pack, "error-value", at(a.cell), field, a.raw, messages.errorValue(field, a.raw)));
    else if (a?.issue === "text") emit(makeFinding(pack, "not-a-number", at(a.cell), field, a.raw, messages.notANumber(field, a.raw)));
  }
  for (const [year, a] of years) {
    if (a.value !== null && a.value < 0) emit(makeFinding(pack, "negative-saving", at(a.cell), `savings:${year}`, a.raw, messages.negative(`savings:${year}`, a.value)));
  }
  const sum = years.reduce((acc, [, a]) => acc + (a.value ?? 0), 0);
  const tolerance = Math.round(pack.parameters.totalTolerance * 100_000);
  if (s.total?.value != null && Math.abs(s.total.value - sum) > tolerance) {
    emit(makeFinding(pack, "total-mismatch", at(s.total.cell), "total", s.total.raw, messages.totalMismatch(s.total.value, sum)));
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
