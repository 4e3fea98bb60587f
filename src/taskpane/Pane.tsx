import { lazy, Suspense, useState } from "react";
import { Caption1, makeStyles, Spinner, Tab, TabList, tokens } from "@fluentui/react-components";
import type { QippActions } from "../app/actions";
import { ErrorBar } from "./components/ErrorBar";
import { readBuffer, readText } from "./components/FilePickerButton";
import { PlansSection } from "./components/PlansSection";
import { RollupSection } from "./components/RollupSection";
import { RulesSection } from "./components/RulesSection";
import { SubmissionSection } from "./components/SubmissionSection";
import { ValidateSection } from "./components/ValidateSection";
import { nextStepLine, TASK_TITLE } from "./next-steps";
import { usePane, type ResultKey } from "./usePane";
import { StaleBar } from "./components/StaleBar";
import { useFixes } from "./useFixes";

// Its own chunk: the pane's first bundle stays under its 200 KB budget.
const NewPlanSheet = lazy(() => import(/* webpackChunkName: "new-plan-sheet" */ "./components/NewPlanSheet").then((m) => ({ default: m.NewPlanSheet })));

// Shown only after a build, which loads the rollup's own code then too.
const ExceptionsList = lazy(() => import(/* webpackChunkName: "exceptions" */ "./components/ExceptionsList").then((m) => ({ default: m.ExceptionsList })));

// Loaded when the Compare tab opens: most sessions never compare.
const CompareSection = lazy(() => import(/* webpackChunkName: "compare" */ "./components/CompareSection").then((m) => ({ default: m.CompareSection })));

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM, padding: tokens.spacingHorizontalM },
  // Six tabs outgrow a narrow pane: wrap rather than scroll the whole pane sideways.
  tabs: { marginInline: `calc(${tokens.spacingHorizontalM} * -1)`, flexWrap: "wrap" },
  // Six tabs in one row at 350 px: the small tab's padding is more than the words need.
  tab: { paddingInline: tokens.spacingHorizontalXS, minWidth: 0 },
  next: { color: tokens.colorNeutralForeground2 },
});

// Inline, so it wins over the small tab's own padding: six tabs in one row at 350 px.
const TAB_PADDING = { paddingInline: tokens.spacingHorizontalXXS, columnGap: 0 };
const TAB_CONTENT = { style: { paddingInline: tokens.spacingHorizontalXXS } };

type Section = "plans" | "rules" | "validate" | "rollup" | "submission" | "compare";

/** The pane's content: tabs for each job, one error bar for whatever failed last. */
export function Pane({ actions }: { actions: QippActions }) {
  const styles = useStyles();
  const { state, commands } = usePane(actions);
  const [section, setSection] = useState<Section>("plans");
  const busy = state.busy !== null;
  const fixes = useFixes(actions, commands.validate, (message) => commands.fail("validate", message), commands.cellsChanged);
  const stale = (key: ResultKey, action: string, onRebuild: () => void) =>
    state.stale[key] && <StaleBar reason={state.stale[key]!} action={action} disabled={busy} onRebuild={onRebuild} />;

  const addPlanFiles = async (files: File[]) => {
    try {
      const read = await Promise.all(files.map(async (f) => ({ name: f.name, data: await readBuffer(f) })));
      await commands.addPlanFiles(read);
    } catch (e) {
      commands.fail("plans", e instanceof Error ? e.message : String(e));
    }
  };
  const usePackFile = async (file: File) => {
    try {
      if (await commands.setRulePack(await readText(file), file.name)) return;
      await commands.refreshPack();
    } catch (e) {
      commands.fail("rules", e instanceof Error ? e.message : String(e));
    }
  };

  const compareWith = async (files: File[]) => {
    try {
      await commands.compareWith(await Promise.all(files.map(async (file) => ({ name: file.name, data: await readBuffer(file) }))));
    } catch (e) {
      commands.fail("compare", e instanceof Error ? e.message : String(e));
    }
  };

  return (
    <main className={styles.root}>
      <TabList
        className={styles.tabs}
        size="small"
        selectedValue={section}
        onTabSelect={(_, d) => setSection(d.value as Section)}
        aria-label="QIPP sections"
      >
        <Tab className={styles.tab} style={TAB_PADDING} content={TAB_CONTENT} value="plans">Plans</Tab>
        <Tab className={styles.tab} style={TAB_PADDING} content={TAB_CONTENT} value="rules">Rules</Tab>
        <Tab className={styles.tab} style={TAB_PADDING} content={TAB_CONTENT} value="validate">Validate</Tab>
        <Tab className={styles.tab} style={TAB_PADDING} content={TAB_CONTENT} value="rollup">Rollup</Tab>
        <Tab className={styles.tab} style={TAB_PADDING} content={TAB_CONTENT} value="submission">Submit</Tab>
        <Tab className={styles.tab} style={TAB_PADDING} content={TAB_CONTENT} value="compare">Compare</Tab>
      </TabList>
      <Caption1 className={styles.next} data-testid="next-step">{nextStepLine(state)}</Caption1>
      {state.error && (
        <ErrorBar title={TASK_TITLE[state.error.task]} message={state.error.message} nextStep={state.error.nextStep} onDismiss={commands.dismissError} />
      )}
      {section === "plans" && (
        <PlansSection
          plans={state.plans}
          busy={busy}
          onAddFiles={(f) => void addPlanFiles(f)}
          files={state.files}
          fileOutcomes={state.fileOutcomes}
          onRemoveFile={actions.removePlanFile ? (name) => void commands.removePlanFile(name) : undefined}
        />
      )}
      {section === "plans" && actions.addPlanSheet && (
        <Suspense fallback={null}>
          <NewPlanSheet actions={actions} disabled={busy} onAdded={() => void commands.loadPlans()} />
        </Suspense>
      )}
      {section === "rules" && (
        <RulesSection pack={state.pack} busy={busy} onPackFile={(f) => void usePackFile(f)} onUseDefault={() => void commands.setRulePack(null)} />
      )}
      {section === "validate" && stale("validation", "Validate again", () => void commands.validate())}
      {section === "validate" && (
        <ValidateSection
          outcome={state.validation}
          running={state.busy === "validate"}
          disabled={busy}
          progress={state.progress}
          onValidate={() => void commands.validate()}
          onSelect={(sheet, cell) => void commands.selectCell(sheet, cell)}
          focusAfterUndo={fixes.undone}
          fixing={fixes.available ? { done: fixes.done, busy: fixes.busy, onFix: (f, c) => void fixes.apply(f, c), onFixAll: actions.applyFixes ? (list) => void fixes.applyAll(list) : undefined, onUndo: () => void fixes.undo() } : undefined}
        />
      )}
      {section === "rollup" && stale("rollup", "Build rollups again", () => void commands.buildRollups())}
      {section === "rollup" && (
        <RollupSection
          outcome={state.rollup}
          running={state.busy === "rollup"}
          disabled={busy}
          progress={state.progress}
          onBuild={() => void commands.buildRollups()}
        />
      )}
      {section === "rollup" && state.rollup && state.busy !== "rollup" && (
        <section aria-label="Exceptions">
          <Suspense fallback={null}>
            <ExceptionsList exceptions={state.rollup.rollup.exceptions} openWorkbook={state.rollup.openWorkbook} onSelect={(sheet, cell) => void commands.selectCell(sheet, cell)} />
          </Suspense>
        </section>
      )}
      {section === "submission" && stale("submission", "Write the submission again", () => void commands.writeSubmission())}
      {section === "submission" && (
        <SubmissionSection validation={state.validation} submission={state.submission} busy={busy} onWrite={() => void commands.writeSubmission()} />
      )}
      {section === "compare" && state.stale.comparison && (
        <StaleBar reason={state.stale.comparison} action="Show Compare" disabled={busy} onRebuild={() => setSection("compare")} />
      )}
      {section === "compare" && (
        <Suspense fallback={<Spinner size="tiny" label="Loading…" />}>
          <CompareSection
            outcome={state.comparison}
            running={state.busy === "compare"}
            disabled={busy}
            progress={state.progress}
            onCompare={(files) => void compareWith(files)}
            onSelect={(sheet, cell) => void commands.selectCell(sheet, cell)}
          />
        </Suspense>
      )}
    </main>
  );
}
