import { Button, makeStyles, MessageBar, MessageBarBody, Text, tokens } from "@fluentui/react-components";
import { CheckmarkCircleRegular } from "@fluentui/react-icons";
import { useEffect, useMemo, useRef, useState } from "react";
import type { FixDone, ValidateOutcome } from "../../app/actions";
import { fixKey, type CellFix } from "../../core/fixes/model";
import type { Finding } from "../../core/types";
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
  fixing?: { done: FixDone | null; busy: boolean; onFix: (fix: CellFix, choice: number) => void; onFixAll?: (fixes: CellFix[]) => void; onUndo: () => void };
  /** After Undo: focus lands on that cell's finding (else the first finding) once the list is fresh. */
  focusAfterUndo?: { sheet: string; cell: string; at: number } | null;
}

/** The finding for a cell, else the group it leads (a Fix all undone), else the first one that can take focus. */
function findingToFocus(root: HTMLElement, target: { sheet: string; cell: string }): HTMLElement | null {
  const at = (e: HTMLElement) => e.dataset.sheet === target.sheet && e.dataset.cell === target.cell;
  const all = [...root.querySelectorAll<HTMLElement>('button[data-testid="finding"]')];
  const groups = [...root.querySelectorAll<HTMLElement>('[data-testid="problem-group"]')];
  const toggle = (group: HTMLElement | undefined) => group?.querySelector<HTMLElement>("button") ?? undefined;
  return all.find(at) ?? toggle(groups.find(at)) ?? all[0] ?? toggle(groups[0]) ?? null;
}

export function ValidateSection({ outcome, running, disabled, progress, onValidate, onSelect, fixing, focusAfterUndo }: ValidateSectionProps) {
  const styles = useStyles();
  const root = useRef<HTMLElement>(null);
  const focused = useRef<number | null>(null);
  // The findings in the page: the list draws them in a transition, after the outcome arrives.
  const [drawn, setDrawn] = useState<readonly Finding[] | null>(null);
  useEffect(() => {
    if (!focusAfterUndo || running || fixing?.busy || !root.current || focused.current === focusAfterUndo.at) return;
    if (outcome && outcome.findings.length > 0 && drawn !== outcome.findings) return;
    const target = findingToFocus(root.current, focusAfterUndo);
    if (target) {
      focused.current = focusAfterUndo.at;
      target.focus();
    }
  }, [focusAfterUndo, outcome, running, fixing?.busy, drawn]);
  const s = outcome?.summary;
  const fixes = useMemo(() => new Map((outcome?.fixes ?? []).map((f) => [fixKey(f), f])), [outcome]);
  return (
    <section className={styles.root} aria-label="Validate" ref={root}>
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
            <FindingsList findings={outcome.findings} openWorkbook={outcome.openWorkbook} onSelect={onSelect} fixes={fixes} fixDisabled={disabled || Boolean(fixing?.busy)} onFix={fixing?.onFix} onFixAll={fixing?.onFixAll} onDrawn={setDrawn} />
          )}
        </>
      )}
    </section>
  );
}
