import { Button, makeStyles, MessageBar, MessageBarBody, MessageBarTitle, tokens } from "@fluentui/react-components";
import { SendRegular } from "@fluentui/react-icons";
import type { SubmissionOutcome, ValidateOutcome } from "../../app/actions";

const useStyles = makeStyles({ root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM } });

export interface SubmissionSectionProps {
  validation: ValidateOutcome | null;
  submission: SubmissionOutcome | null;
  busy: boolean;
  onWrite: () => void;
}

export function readinessText(errors: number): string {
  if (errors === 0) return "Ready to submit";
  return `${errors} ${errors === 1 ? "error blocks" : "errors block"} submission`;
}

/** Readiness comes from the latest submission write, else from the latest validation. */
export function SubmissionSection({ validation, submission, busy, onWrite }: SubmissionSectionProps) {
  const styles = useStyles();
  const errors = submission ? submission.errors : validation?.summary.errors;
  return (
    <section className={styles.root} aria-label="Submission">
      {errors === undefined ? (
        <MessageBar intent="info">
          <MessageBarBody>Run Validate to see whether this return is ready to submit.</MessageBarBody>
        </MessageBar>
      ) : (
        <MessageBar intent={errors === 0 ? "success" : "warning"} data-testid="readiness">
          <MessageBarBody>
            <MessageBarTitle>{readinessText(errors)}</MessageBarTitle>
            {errors === 0 ? "The QIPP Submission sheet can be sent as it is." : "Correct them (see Validate) and validate again."}
          </MessageBarBody>
        </MessageBar>
      )}
      <div>
        <Button appearance="primary" icon={<SendRegular />} disabled={busy} onClick={onWrite}>
          Write submission sheet
        </Button>
      </div>
      {submission && (
        <MessageBar intent="success" data-testid="submission-written">
          <MessageBarBody>Wrote {submission.written.join(", ")}{submission.ready ? "." : ", marked not ready."}</MessageBarBody>
        </MessageBar>
      )}
    </section>
  );
}
