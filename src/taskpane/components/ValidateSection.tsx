import { Button, makeStyles, MessageBar, MessageBarBody, Text, tokens } from "@fluentui/react-components";
import { CheckmarkCircleRegular } from "@fluentui/react-icons";
import { useMemo } from "react";
import type { FixDone, ValidateOutcome } from "../../app/actions";
import { fixKey, type CellFix } from "../../core/fixes/model";
import { FixDoneBar } from "./FixDoneBar";
import { plural } from "../format";
import { FindingsList } from "./FindingsList";
import { severityCount } from "./SeverityBadges";
import { TaskProgress } from "./TaskProgress";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
});

export interface ValidateSectionProps {
  outcome: ValidateOutcome | null;
  running: boolean;
  disabled: boolean;
  progress: { step: string; fraction: number } | null;
  onValidate: () => void;
  onSelect: (sheet: string, cell: string) => void;
  /** One-click fixes: offered only when given. */
  fixing?: { done: FixDone | null; busy: boolean; onFix: (fix: CellFix, choice: number) => void; onUndo: () => void };
}

export function ValidateSection({ outcome, running, disabled, progress, onValidate, onSelect, fixing }: ValidateSectionProps) {
  const styles = useStyles();
  const s = outcome?.summary;
  const fixes = useMemo(() => new Map((outcome?.fixes ?? []).map((f) => [fixKey(f), f])), [outcome]);
  return (
    <section className={styles.root} aria-label="Validate">
      <div>
        <Button appearance="primary" icon={<CheckmarkCircleRegular />} disabled={disabled} onClick={onValidate}>
          Validate
        </Button>
      </div>
      {running && <TaskProgress label="Validating plans…" progress={progress} />}
      {fixing?.done && <FixDoneBar done={fixing.done} disabled={disabled || fixing.busy} onUndo={fixing.onUndo} />}
      {outcome && s && (
        <>
          <MessageBar intent={s.errors > 0 ? "error" : s.warnings > 0 ? "warning" : "success"} data-testid="validate-summary">
            <MessageBarBody>
              <Text data-testid="findings-count" data-count={outcome.findings.length}>
                {severityCount("error", s.errors)}, {severityCount("warning", s.warnings)}, {severityCount("info", s.infos)}
              </Text>{" "}
              in {plural(s.schemes, "scheme")} on {plural(s.plans, "plan")}, checked with {outcome.pack.name} {outcome.pack.version}.
            </MessageBarBody>
          </MessageBar>
          {outcome.findings.length > 0 && (
            <FindingsList findings={outcome.findings} onSelect={onSelect} fixes={fixes} fixDisabled={disabled || Boolean(fixing?.busy)} onFix={fixing?.onFix} />
          )}
        </>
      )}
    </section>
  );
}
