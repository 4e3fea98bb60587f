import { Button, Caption1, makeStyles, MessageBar, MessageBarBody, tokens } from "@fluentui/react-components";
import { DismissRegular } from "@fluentui/react-icons";
import type { AddedFile, FileOutcome } from "../../app/actions";
import { counted, listed } from "../../core/messages/rules";

const useStyles = makeStyles({
  list: { listStyleType: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  item: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalS, justifyContent: "space-between" },
  text: { minWidth: 0, overflowWrap: "anywhere" },
  name: { fontWeight: tokens.fontWeightSemibold },
  sub: { color: tokens.colorNeutralForeground3 },
  outcomes: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
});

export interface AddedFilesListProps {
  files: readonly AddedFile[];
  outcomes: readonly FileOutcome[] | null;
  disabled: boolean;
  onRemove?: (name: string) => void;
}

/** The plan files added in the pane, each with what was found in it and a Remove button; then each file's last outcome. */
export function AddedFilesList({ files, outcomes, disabled, onRemove }: AddedFilesListProps) {
  const styles = useStyles();
  return (
    <>
      {outcomes && outcomes.length > 0 && (
        <div className={styles.outcomes} role="status" data-testid="file-outcomes">
          {outcomes.map((o) => (
            <MessageBar key={o.name} intent={o.ok ? "success" : "warning"} data-testid="file-outcome" data-ok={o.ok}>
              <MessageBarBody>{o.message}</MessageBarBody>
            </MessageBar>
          ))}
        </div>
      )}
      {files.length > 0 && (
        <section aria-label="Added plan files">
          <Caption1 as="h3">Added plan files</Caption1>
          <ul className={styles.list} data-testid="added-files">
            {files.map((f) => (
              <li key={f.name.toLowerCase()} className={styles.item} data-testid="added-file" data-name={f.name}>
                <span className={styles.text}>
                  <span className={styles.name}>{f.name}</span>
                  <br />
                  <span className={styles.sub}>{listed(f.organisations)} · {counted(f.schemes, "scheme")}</span>
                </span>
                {onRemove && (
                  <Button size="small" appearance="subtle" icon={<DismissRegular />} disabled={disabled} onClick={() => onRemove(f.name)} aria-label={`Remove ${f.name}`}>
                    Remove
                  </Button>
                )}
              </li>
            ))}
          </ul>
        </section>
      )}
    </>
  );
}
