import { lazy, Suspense, useState } from "react";
import {
  Button, Caption1, Field, makeStyles, MessageBar, MessageBarBody, Radio, RadioGroup, Spinner, tokens,
} from "@fluentui/react-components";
import { DataBarHorizontalRegular } from "@fluentui/react-icons";
import type { RollupOutcome } from "../../app/actions";
import { hasDelivery } from "../delivery-shown";
import { ragRows, type ChartLevel } from "../rag-rows";
import { RollupTotals } from "./RollupTotals";
import { TaskProgress } from "./TaskProgress";

const RagChart = lazy(() => import(/* webpackChunkName: "rag-chart" */ "./RagChart"));
// Delivery to date appears only after a build: loaded then, so the pane starts within its size budget.
const DeliveryToDate = lazy(() => import(/* webpackChunkName: "delivery" */ "./DeliveryToDate").then((m) => ({ default: m.DeliveryToDate })));

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  muted: { color: tokens.colorNeutralForeground3 },
});

export interface RollupSectionProps {
  outcome: RollupOutcome | null;
  running: boolean;
  disabled: boolean;
  progress: { step: string; fraction: number } | null;
  onBuild: () => void;
}

export function RollupSection({ outcome, running, disabled, progress, onBuild }: RollupSectionProps) {
  const styles = useStyles();
  const [level, setLevel] = useState<ChartLevel>("sha");
  const rows = outcome ? ragRows(outcome.rollup, level) : [];
  return (
    <section className={styles.root} aria-label="Rollup">
      <div>
        <Button appearance="primary" icon={<DataBarHorizontalRegular />} disabled={disabled} onClick={onBuild}>
          Build rollups
        </Button>
      </div>
      {running && <TaskProgress label="Building rollups…" progress={progress} />}
      {outcome && (
        <>
          <MessageBar intent="success" data-testid="rollup-done">
            <MessageBarBody>Wrote {outcome.written.join(", ")}.</MessageBarBody>
          </MessageBar>
          <RollupTotals rollup={outcome.rollup} />
          {hasDelivery(outcome.rollup, outcome.delivery.activityPoints) && (
            <Suspense fallback={null}>
              <DeliveryToDate rollup={outcome.rollup} view={outcome.delivery} />
            </Suspense>
          )}
          <RadioGroup layout="horizontal" value={level} onChange={(_, d) => setLevel(d.value as ChartLevel)} aria-label="Chart RAG value by">
            <Radio value="sha" label="By SHA" />
            <Radio value="organisation" label="By organisation" />
          </RadioGroup>
          <Field label={`Value by RAG, £000, per ${level === "sha" ? "SHA" : "organisation"}`}>
            {rows.length === 0 ? (
              <Caption1 className={styles.muted}>No savings to chart yet.</Caption1>
            ) : (
              <Suspense fallback={<Spinner size="tiny" label="Loading chart…" />}>
                <div data-testid="rag-chart"><RagChart rows={rows} /></div>
              </Suspense>
            )}
          </Field>
          {outcome.rollup.findings.length > 0 && (
            <MessageBar intent="warning">
              <MessageBarBody>{outcome.rollup.findings.map((f) => f.message).join(" ")}</MessageBarBody>
            </MessageBar>
          )}
        </>
      )}
    </section>
  );
}
