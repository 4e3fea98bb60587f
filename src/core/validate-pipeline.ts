import type { WorkbookGrids } from "./grid";
import { readWorkbookSteps } from "./read/workbook";
import { defaultPack } from "./rules/load";
import { indexPack } from "./rules/match";
import type { RulePack } from "./rules/schema";
import { packFromRulesSheet, RULES_SHEET } from "./rules/sheet-pack";
import { validatePlansSteps } from "./validate";
import { setAsideDuplicatePlans } from "./validate/duplicate-plans";
import { runSteps, type Steps } from "./steps";
import type { Finding, Plan } from "./types";

// Reading and validating only: the pane's first screen needs this, not the rollup or the output
// sheets, which pipeline.ts adds and the pane loads when a build writes sheets.

export interface PackInfo {
  name: string;
  version: string;
  source: "default" | "workbook" | "file";
}

export interface ValidationResult {
  pack: RulePack;
  packInfo: PackInfo;
  /** Names of the source workbooks. */
  workbooks: string[];
  plans: Plan[];
  findings: Finding[];
  summary: { errors: number; warnings: number; infos: number; schemes: number; plans: number };
}

export interface ReportContext {
  generatedAt: Date;
}

/** A rule pack that cannot be used: its message names the field and what was expected. */
export class PackError extends Error {
  override name = "PackError";
}

/** The pack in force: one given (a file), else the first workbook's QIPP Rules sheet, else the bundled one. */
export function resolvePack(workbooks: WorkbookGrids[], given?: RulePack): { pack: RulePack; info: PackInfo } {
  if (given) return { pack: given, info: { name: given.name, version: given.version, source: "file" } };
  const sheet = workbooks[0]?.sheets.find((s) => s.name === RULES_SHEET);
  if (!sheet) {
    const pack = defaultPack();
    return { pack, info: { name: pack.name, version: pack.version, source: "default" } };
  }
  const result = packFromRulesSheet(sheet, defaultPack());
  if (!result.ok) throw new PackError(result.error);
  return { pack: result.pack, info: { name: result.pack.name, version: result.pack.version, source: "workbook" } };
}

/** Read and validate every plan in the workbooks. Throws PackError when the workbook's own pack is malformed. */
export function validateWorkbooks(workbooks: WorkbookGrids[], options: { pack?: RulePack } = {}): ValidationResult {
  return runSteps(validateWorkbooksSteps(workbooks, options));
}

/** `validateWorkbooks` a sheet or a plan a step (the task pane pauses between them). */
export function* validateWorkbooksSteps(workbooks: WorkbookGrids[], options: { pack?: RulePack } = {}): Steps<ValidationResult> {
  const { pack, info } = resolvePack(workbooks, options.pack);
  const index = indexPack(pack);
  const plans: Plan[] = [];
  const findings: Finding[] = [];
  for (const wb of workbooks) {
    const read = yield* readWorkbookSteps(wb, index);
    plans.push(...read.plans);
    findings.push(...read.findings);
  }
  yield;
  const counted = setAsideDuplicatePlans(plans, index);
  findings.push(...counted.findings, ...(yield* validatePlansSteps(counted.plans, index)));
  plans.splice(0, plans.length, ...counted.plans);
  const count = (sev: string) => findings.filter((f) => f.severity === sev).length;
  return {
    pack, packInfo: info, workbooks: workbooks.map((w) => w.name), plans, findings,
    summary: { errors: count("error"), warnings: count("warning"), infos: count("info"), schemes: plans.reduce((n, p) => n + p.schemes.length, 0), plans: plans.length },
  };
}
