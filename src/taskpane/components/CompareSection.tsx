import { lazy, Suspense } from "react";
import { Caption1, Field, makeStyles, MessageBar, MessageBarBody, Spinner, tokens } from "@fluentui/react-components";
import { ArrowSwapRegular } from "@fluentui/react-icons";
import type { CompareOutcome } from "../../app/actions";
import { bridgeSentence } from "../../core/messages/compare";
import { BridgeTable } from "./BridgeTable";
import { ExceptionsList } from "./ExceptionsList";
import { FilePickerButton, PLAN_FILE_TYPES } from "./FilePickerButton";
import { RagMigrationMatrix } from "./RagMigrationMatrix";
import { TaskProgress } from "./TaskProgress";
import { MovementsList } from "./MovementsList";
import { TrendTable } from "./TrendTable";
import { COMPARE_PICKER_HINT, COMPARE_PICKER_LABEL } from "../../core/messages/compare-trend";

const BridgeChart = lazy(() => import(/* webpackChunkName: "bridge-chart" */ "./BridgeChart"));
const TrendChart = lazy(() => import(/* webpackChunkName: "trend-chart" */ "./TrendChart"));

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  muted: { color: tokens.colorNeutralForeground3 },
});

export interface CompareSectionProps {
  outcome: CompareOutcome | null;
  running: boolean;
  disabled: boolean;
  progress: { step: string; fraction: number } | null;
  onCompare: (files: File[]) => void;
  onSelect: (sheet: string, cell: string) => void;
}

/** The open workbook against an earlier version of the plans: what moved, and which schemes need a conversation. */
export function CompareSection({ outcome, running, disabled, progress, onCompare, onSelect }: CompareSectionProps) {
  const styles = useStyles();
  const n = outcome?.comparison.national;
  return (
    <section className={styles.root} aria-label="Compare">
      <Caption1 className={styles.muted}>{COMPARE_PICKER_HINT}</Caption1>
      <div>
        <FilePickerButton
          label={COMPARE_PICKER_LABEL}
          accept={PLAN_FILE_TYPES}
          multiple
          icon={<ArrowSwapRegular />}
          disabled={disabled}
          testId="compare-file-input"
          onFiles={(files) => onCompare(files)}
        />
      </div>
      {running && <TaskProgress label="Comparing…" progress={progress} />}
      {outcome && n && (
        <>
          <MessageBar intent="success" data-testid="compare-done">
            <MessageBarBody>Compared with {outcome.earlier}. Wrote {outcome.written.join(", ")}.</MessageBarBody>
          </MessageBar>
          {outcome.comparison.notes.length > 0 && (
            <MessageBar intent="warning" data-testid="compare-notes">
              <MessageBarBody>{outcome.comparison.notes.join(" ")}</MessageBarBody>
            </MessageBar>
          )}
          <Caption1 data-testid="england-bridge">
            {bridgeSentence(n)}
          </Caption1>
          <Field label="Bridge (the axis starts near the smallest bar; figures below in £000)">
            <Suspense fallback={<Spinner size="tiny" label="Loading chart…" />}>
              <div data-testid="bridge-chart"><BridgeChart bridge={n} /></div>
            </Suspense>
          </Field>
          <BridgeTable comparison={outcome.comparison} />
          <Field label="RAG migration (schemes in both versions)">
            <RagMigrationMatrix migration={n.migration} />
          </Field>
          {outcome.trend.length > 0 && (
            <Field label="Trend over versions (£000)">
              <Suspense fallback={<Spinner size="tiny" label="Loading chart…" />}>
                <div data-testid="trend-chart"><TrendChart trend={outcome.trend} /></div>
              </Suspense>
              <TrendTable trend={outcome.trend} />
            </Field>
          )}
          <Field label="Movements to confirm">
            <MovementsList movements={outcome.comparison.movements ?? []} onSelect={onSelect} />
          </Field>
          <Field label="Exceptions">
            <ExceptionsList exceptions={outcome.comparison.exceptions} openWorkbook={outcome.openWorkbook} onSelect={onSelect} />
          </Field>
        </>
      )}
    </section>
  );
}
