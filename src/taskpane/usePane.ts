import { useCallback, useEffect, useRef, useState } from "react";
import type {
  CompareOutcome, PackState, PlanSummary, QippActions, Result, RollupOutcome, SubmissionOutcome, ValidateOutcome,
} from "../app/actions";
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
}

const INITIAL: PaneState = {
  plans: null, pack: null, validation: null, rollup: null, submission: null, comparison: null, busy: null, progress: null, error: null,
};

/** All the pane's calls to the host go through here, so every failure lands in state.error. */
export function usePane(actions: QippActions) {
  const [state, setState] = useState<PaneState>(INITIAL);
  const mounted = useRef(true);
  useEffect(() => () => { mounted.current = false; }, []);
  const patch = useCallback((next: Partial<PaneState>) => {
    if (mounted.current) setState((s) => ({ ...s, ...next }));
  }, []);

  const run = useCallback(
    async <T,>(task: PaneTask, call: () => Promise<Result<T>>, onValue: (value: T) => Partial<PaneState>) => {
      patch({ busy: task, progress: null, error: null });
      let result: Result<T>;
      try {
        result = await call();
      } catch (e) {
        // A bug or a host failure the service did not catch: still the user's to see.
        result = { ok: false, message: e instanceof Error ? e.message : String(e) };
      }
      if (result.ok) patch({ ...onValue(result.value), busy: null, progress: null });
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
      run("plans", () => actions.addPlanFiles(files), (plans) => ({ plans, validation: null, rollup: null, submission: null })),
    setRulePack: (json: string | null, fileName?: string) =>
      run("rules", () => actions.setRulePack(json, fileName), (pack) => ({ pack, validation: null, rollup: null, submission: null })),
    validate: () =>
      run("validate", () => actions.validate(onProgress), (validation) => ({ validation, plans: validation.plans, pack: validation.pack })),
    buildRollups: () =>
      run("rollup", () => actions.buildRollups(onProgress), (rollup) => ({ rollup, validation: rollup, plans: rollup.plans, pack: rollup.pack })),
    writeSubmission: () => run("submission", () => actions.writeSubmission(), (submission) => ({ submission })),
    compareWith: (files: { name: string; data: ArrayBuffer }[]) => run("compare", () => actions.compareWith(files, onProgress), (comparison) => ({ comparison })),
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
