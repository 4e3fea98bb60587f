import {
  Caption1, makeStyles, MessageBar, MessageBarBody, Spinner, Table, TableBody, TableCell, TableHeader,
  TableHeaderCell, TableRow, tokens,
} from "@fluentui/react-components";
import { DocumentAddRegular } from "@fluentui/react-icons";
import type { AddedFile, FileOutcome, PlanSummary } from "../../app/actions";
import { AddedFilesList } from "./AddedFilesList";
import { formatThousands, plural } from "../format";
import { FilePickerButton, PLAN_FILE_TYPES } from "./FilePickerButton";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  number: { textAlign: "end", width: "64px" },
  sha: { width: "48px" },
  sub: { color: tokens.colorNeutralForeground3 },
});

export interface PlansSectionProps {
  plans: PlanSummary[] | null;
  busy: boolean;
  onAddFiles: (files: File[]) => void;
  files?: readonly AddedFile[];
  fileOutcomes?: readonly FileOutcome[] | null;
  onRemoveFile?: (name: string) => void;
}

/** Only what the organisation name does not already say: the sheet, and the file when it is an added one. */
function whereFrom(plan: PlanSummary, mainWorkbook: string): string {
  const sheet = plan.sheet === plan.organisation ? "" : plan.sheet;
  if (plan.workbook === mainWorkbook) return sheet;
  return sheet ? `${plan.workbook} › ${sheet}` : plan.workbook;
}

export function PlansSection({ plans, busy, onAddFiles, files = [], fileOutcomes = null, onRemoveFile }: PlansSectionProps) {
  const styles = useStyles();
  const total = (plans ?? []).reduce((sum, p) => sum + p.totalThousands, 0);
  return (
    <section className={styles.root} aria-label="Plans">
      {plans === null && busy && <Spinner size="small" label="Looking for plan sheets…" />}
      {plans !== null && plans.length === 0 && (
        <MessageBar intent="info" data-testid="no-plans">
          <MessageBarBody>
            No plan sheets found in this workbook. Open a QIPP plan workbook, or add cluster plan files below.
          </MessageBarBody>
        </MessageBar>
      )}
      {plans !== null && plans.length > 0 && (
        <>
          <Caption1>{plural(plans.length, "plan")} · {formatThousands(total)} £000 over four years</Caption1>
          <Table size="extra-small" aria-label="Plan sheets found" data-testid="plans-table">
            <TableHeader>
              <TableRow>
                <TableHeaderCell>Organisation</TableHeaderCell>
                <TableHeaderCell className={styles.sha}>SHA</TableHeaderCell>
                <TableHeaderCell className={styles.number}>Schemes</TableHeaderCell>
                <TableHeaderCell className={styles.number}>£000</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {plans.map((p) => (
                <TableRow key={`${p.workbook}|${p.sheet}`}>
                  <TableCell>
                    {p.organisation}
                    {whereFrom(p, plans[0].workbook) && <div className={styles.sub}>{whereFrom(p, plans[0].workbook)}</div>}
                  </TableCell>
                  <TableCell title={p.shaName ?? "SHA not matched to the pack"}>{p.shaCode ?? "—"}</TableCell>
                  <TableCell className={styles.number}>{p.schemes}</TableCell>
                  <TableCell className={styles.number}>{formatThousands(p.totalThousands)}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </>
      )}
      <div>
        <FilePickerButton
          label="Add plan files…"
          accept={PLAN_FILE_TYPES}
          multiple
          icon={<DocumentAddRegular />}
          disabled={busy}
          testId="plan-files-input"
          onFiles={onAddFiles}
        />
      </div>
      <AddedFilesList files={files} outcomes={fileOutcomes} disabled={busy} onRemove={onRemoveFile} />
      <Caption1 className={styles.sub}>
        Added files are rolled up with this workbook&apos;s plans; they are read here and never changed.
      </Caption1>
    </section>
  );
}
