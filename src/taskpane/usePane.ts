import { useCallback, useEffect, useRef, useState } from "react";
import type {
  AddedFile, AddedFilesOutcome, CompareOutcome, FileOutcome, PackState, PlanSummary, QippActions, Result, RollupOutcome, SubmissionOutcome, ValidateOutcome,
} from "../app/actions";
import { staleLines } from "../core/messages/pane";
import { NEXT_STEP, type PaneTask } from "./next-steps";

export interface PaneError {
  task: PaneTask;
  message: string;
  nextStep: string;
}

export interface PaneState {
  plans: PlanSummary[] | null;
  pack: PackState | null;
  validation: ValidateOutcome | null;
  rollup: RollupOutcome | null;
  submission: SubmissionOutcome | null;
  comparison: CompareOutcome | null;
  busy: PaneTask | null;
  progress: { step: string; fraction: number } | null;
  error: PaneError | null;
  /** Plan files added in the pane, in the order added. */
  files: AddedFile[];
  /** Each file's outcome from the last Add or Remove. */
  fileOutcomes: FileOutcome[] | null;
  /** Results made before the workbook, its files or the pack changed: what changed, per result. */
  stale: Partial<Record<ResultKey, string>>;
}

export type ResultKey = "validation" | "rollup" | "submission" | "comparison";
const RESULTS: ResultKey[] = ["validation", "rollup", "submission", "comparison"];

/** Every result already shown is now out of date, and says why. */
export function markStale(state: PaneState, reason: string): Partial<PaneState> {
  const stale = { ...state.stale };
  for (const key of RESULTS) if (state[key]) stale[key] = reason;
  return { stale };
}

const fresh = (state: PaneState, ...keys: ResultKey[]): Partial<PaneState> => {
  const stale = { ...state.stale };
  for (const key of keys) delete stale[key];
  return { stale };
};

const INITIAL: PaneState = {
  plans: null, pack: null, validation: null, rollup: null, submission: null, comparison: null, busy: null, progress: null, error: null,
  files: [], fileOutcomes: null, stale: {},
};

function filesChanged(out: AddedFilesOutcome, s: PaneState, reason: string): Partial<PaneState> {
  const changed = out.outcomes.some((o) => o.ok);
  return { plans: out.plans, files: out.files, fileOutcomes: out.outcomes, ...(changed ? markStale(s, reason) : {}) };
}

/** All the pane's calls to the host go through here, so every failure lands in state.error. */
export function usePane(actions: QippActions) {
  const [state, setState] = useState<PaneState>(INITIAL);
  const mounted = useRef(true);
  useEffect(() => () => { mounted.current = false; }, []);
  const patch = useCallback((next: Partial<PaneState> | ((s: PaneState) => Partial<PaneState>)) => {
    if (mounted.current) setState((s) => ({ ...s, ...(typeof next === "function" ? next(s) : next) }));
  }, []);

  const run = useCallback(
    async <T,>(task: PaneTask, call: () => Promise<Result<T>>, onValue: (value: T, state: PaneState) => Partial<PaneState>) => {
      patch({ busy: task, progress: null, error: null });
      let result: Result<T>;
      try {
        result = await call();
      } catch (e) {
        // A bug or a host failure the service did not catch: still the user's to see.
        result = { ok: false, message: e instanceof Error ? e.message : String(e) };
      }
      if (result.ok) {
        const value = result.value;
        patch((s) => ({ ...onValue(value, s), busy: null, progress: null }));
      }
      else patch({ busy: null, progress: null, error: { task, message: result.message, nextStep: NEXT_STEP[task] } });
      return result.ok;
    },
    [patch],
  );

  const onProgress = useCallback((step: string, fraction: number) => patch({ progress: { step, fraction } }), [patch]);

  const refreshPack = useCallback(async () => {
    try {
      patch({ pack: await actions.packState() });
    } catch (e) {
      patch({ error: { task: "rules", message: e instanceof Error ? e.message : String(e), nextStep: NEXT_STEP.rules } });
    }
  }, [actions, patch]);

  const commands = {
    loadPlans: () => run("plans", () => actions.listPlans(), (plans) => ({ plans })),
    addPlanFiles: (files: { name: string; data: ArrayBuffer }[]) =>
      run("plans", () => actions.addPlanFiles(files), (out, s) => filesChanged(out, s, staleLines.added)),
    removePlanFile: (name: string) =>
      run("plans", () => actions.removePlanFile ? actions.removePlanFile(name) : Promise.resolve({ ok: false as const, message: `${name} cannot be removed here.` }),
        (out, s) => filesChanged(out, s, staleLines.removed)),
    setRulePack: (json: string | null, fileName?: string) =>
      run("rules", () => actions.setRulePack(json, fileName), (pack, s) => ({ pack, ...markStale(s, staleLines.pack) })),
    validate: () =>
      run("validate", () => actions.validate(onProgress), (validation, s) => ({ validation, plans: validation.plans, pack: validation.pack, ...fresh(s, "validation") })),
    buildRollups: () =>
      run("rollup", () => actions.buildRollups(onProgress), (rollup, s) => ({ rollup, validation: rollup, plans: rollup.plans, pack: rollup.pack, ...fresh(s, "validation", "rollup", "submission") })),
    writeSubmission: () => run("submission", () => actions.writeSubmission(), (submission, s) => ({ submission, ...fresh(s, "submission") })),
    compareWith: (files: { name: string; data: ArrayBuffer }[]) => run("compare", () => actions.compareWith(files, onProgress), (comparison, s) => ({ comparison, ...fresh(s, "comparison") })),
    /** A fix or an undo changed a cell: every result shown is out of date until rebuilt. */
    cellsChanged: (reason: string) => patch((s) => markStale(s, reason)),
    selectCell: (sheet: string, cell: string) => run("select", () => actions.selectCell(sheet, cell), () => ({})),
    dismissError: () => patch({ error: null }),
    refreshPack,
    /** Failures found in the pane itself (e.g. a file that cannot be read). */
    fail: (task: PaneTask, message: string) => patch({ error: { task, message, nextStep: NEXT_STEP[task] } }),
  };

  useEffect(() => {
    void commands.loadPlans();
    void refreshPack();
    // Load once per actions object (commands is rebuilt each render).
  }, [actions]);

  return { state, commands };
}

export type PaneCommands = ReturnType<typeof usePane>["commands"];
