import type { PackState, QippActions, Result } from "./actions";
import type { WorkbookGrids } from "../core/grid";
import { PackError, validateWorkbooksSteps, type ValidationResult } from "../core/validate-pipeline";
import { runSteps, runStepsPaused, type Steps } from "../core/steps";
import { parsePack } from "../core/rules/load";
import type { RulePack } from "../core/rules/schema";
import type { OutputSheet } from "../core/report/model";
import { compareWithEarlier } from "./compare-service";
import { summarisePlan } from "./plan-summary";
import type { WorkbookPort } from "./workbook-port";
import type { CellEditor } from "./cell-editor";
import { fixActions } from "./service-fixes";
import { templateActions, type TemplateWriter } from "./service-template";
import { addedFiles } from "./service-files";
import { addedFileLines } from "../core/messages/pane";
import type { Rollup } from "../core/rollup/types";
import { deliveryView } from "./delivery-view";

export interface QippServiceOptions {
  now?: () => Date;
  /** Lets the pane offer one-click fixes in the open workbook. */
  cells?: CellEditor;
  /** Lets the pane add a plan sheet from the pack. */
  templates?: TemplateWriter;
  /** Hands the thread back between engine steps (the pane: yield-to-host.ts); without it the engine runs in one go. */
  yieldToHost?: () => Promise<void>;
  /** Longest run of engine steps between pauses, in ms (40 by default: well under the 50 ms of a long task). */
  stepBudgetMs?: number;
}

/** Runs an action; any failure comes back as a message that says what to do next. */
async function attempt<T>(what: string, action: () => Promise<T>): Promise<Result<T>> {
  try {
    return { ok: true, value: await action() };
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    const next = /try again|run Validate|rename|already has a plan/i.test(detail) ? "" : " Check the workbook, then try again.";
    return { ok: false, message: `Could not ${what}: ${detail}${next}` };
  }
}

/** The pipeline behind the task pane and the ribbon commands, over one workbook port. */
export function createQippService(port: WorkbookPort, options: QippServiceOptions = {}): QippActions {
  const now = options.now ?? (() => new Date());
  const added = addedFiles(() => filePack?.pack);
  let filePack: { pack: RulePack; name: string } | null = null;
  let packError: string | undefined;
  let lastPack: PackState | null = null;
  const { yieldToHost } = options;
  const run = async <T>(steps: Steps<T>): Promise<T> => (yieldToHost ? runStepsPaused(steps, yieldToHost, options.stepBudgetMs) : runSteps(steps));
  // The rollup and the output sheet builders load on the first run that needs them, so the pane starts without them.
  const building = () => import(/* webpackChunkName: "build" */ "../core/pipeline");
  const sheetsFor = async (validation: ValidationResult, rollup: Rollup | null) => run((await building()).buildOutputSheetsSteps(validation, rollup, { generatedAt: now() }));
  const rollUp = async (validation: ValidationResult) => run((await building()).rollupPlansSteps(validation));

  const gather = async (): Promise<WorkbookGrids[]> => {
    const all = [port, ...added.ports()];
    return Promise.all(all.map(async (wb) => ({ name: wb.name, sheets: await wb.readSheets() })));
  };
  const validateAll = async (): Promise<ValidationResult> => {
    const workbooks = await gather();
    let validation: ValidationResult;
    try {
      validation = await run(validateWorkbooksSteps(workbooks, filePack ? { pack: filePack.pack } : undefined));
    } catch (error) {
      if (!(error instanceof PackError)) throw error;
      lastPack = { name: "QIPP Rules sheet", version: "", source: "workbook", error: error.message };
      throw new Error(`${error.message.replace(/\.$/, "")}. Fix the QIPP Rules sheet or choose a rule pack file, then try again. Nothing was written.`, { cause: error });
    }
    lastPack = { ...validation.packInfo, ...(packError ? { error: packError } : {}) };
    return validation;
  };
  const plansOf = (validation: ValidationResult) => validation.plans.map((plan) => summarisePlan(plan, validation.pack));
  // One-click fixes are proposed after a Validate or a build; their code loads then, not with the pane.
  const fixesFor = async (validation: ValidationResult) => {
    if (!options.cells) return undefined;
    const { proposeFixes } = await import(/* webpackChunkName: "fixes" */ "../core/fixes/propose");
    return proposeFixes(validation.findings.filter((f) => f.workbook === port.name), validation.plans, validation.pack);
  };
  const outcome = async (validation: ValidationResult, written: string[]) => ({
    pack: lastPack ?? { ...validation.packInfo },
    plans: plansOf(validation),
    findings: validation.findings,
    openWorkbook: port.name,
    summary: validation.summary,
    written,
    fixes: await fixesFor(validation),
  });
  const write = async (sheets: OutputSheet[]) => (await port.writeSheets(sheets)).written;

  return {
    ...(options.cells ? fixActions(options.cells, attempt) : {}),
    ...(options.templates ? templateActions(options.templates, async () => validateAll(), attempt) : {}),
    listPlans: () => attempt("list the plans", async () => plansOf(await validateAll())),
    validate: (onProgress) =>
      attempt("validate the plans", async () => {
        onProgress?.("Reading sheets", 0.1);
        const validation = await validateAll();
        onProgress?.("Writing QIPP Validation", 0.7);
        const sheets = (await sheetsFor(validation, null)).filter((s) => s.name === "QIPP Validation");
        const written = await write(sheets);
        onProgress?.("Done", 1);
        return await outcome(validation, written);
      }),
    buildRollups: (onProgress) =>
      attempt("build the rollups", async () => {
        onProgress?.("Reading sheets", 0.1);
        const validation = await validateAll();
        onProgress?.("Rolling up", 0.5);
        const rollup = await rollUp(validation);
        onProgress?.("Writing output sheets", 0.7);
        const written = await write(await sheetsFor(validation, rollup));
        onProgress?.("Done", 1);
        return { ...(await outcome(validation, written)), rollup, delivery: deliveryView(validation.pack) };
      }),
    writeSubmission: () =>
      attempt("write the submission", async () => {
        const validation = await validateAll();
        const rollup = await rollUp(validation);
        const sheets = (await sheetsFor(validation, rollup)).filter((s) => s.name === "QIPP Submission");
        const written = await write(sheets);
        return { ready: validation.summary.errors === 0, errors: validation.summary.errors, written };
      }),
    selectCell: (sheet, cell) => attempt(`select ${sheet}!${cell}`, () => port.selectCell(sheet, cell)),
    addPlanFiles: (files) =>
      attempt("add the plan files", async () => {
        const outcomes = await added.add(files);
        return { plans: plansOf(await validateAll()), files: added.files(), outcomes };
      }),
    removePlanFile: (name) =>
      attempt(`remove ${name}`, async () => {
        const gone = added.remove(name);
        const outcomes = gone ? [{ name, ok: true, message: addedFileLines.removed(name) }] : [];
        return { plans: plansOf(await validateAll()), files: added.files(), outcomes };
      }),
    setRulePack: (json, fileName) =>
      attempt("use the rule pack", async () => {
        if (json === null) {
          filePack = null;
          packError = undefined;
          return { ...(await validateAll()).packInfo };
        }
        const source = fileName ? `rule pack "${fileName}"` : "rule pack file";
        let document: unknown;
        try {
          document = JSON.parse(json);
        } catch (error) {
          packError = `The ${source} is not valid JSON (${(error as Error).message}). Fix the file or choose another.`;
          return { ...(lastPack ?? (await validateAll()).packInfo), error: packError };
        }
        const parsed = parsePack(document, source);
        if (!parsed.ok) {
          packError = `${parsed.error.replace(/\.$/, "")}. Fix the file or choose another; the pack in force has not changed.`;
          return { ...(lastPack ?? (await validateAll()).packInfo), error: packError };
        }
        filePack = { pack: parsed.pack, name: fileName ?? "rule pack file" };
        packError = undefined;
        return { ...(await validateAll()).packInfo };
      }),
    compareWith: (file, onProgress) =>
      attempt("compare the versions", async () => ({ ...(await compareWithEarlier({ later: gather, pack: () => filePack?.pack, write, now }, file, onProgress)), openWorkbook: port.name })),
    packState: async () => {
      if (!lastPack) await validateAll().catch(() => undefined);
      return lastPack ?? { name: "bundled", version: "", source: "default", error: "The workbook could not be read yet: run Validate." };
    },
  };
}
