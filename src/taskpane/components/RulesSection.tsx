import { Button, Caption1, makeStyles, MessageBar, MessageBarBody, MessageBarTitle, Spinner, Text, tokens } from "@fluentui/react-components";
import { ArrowResetRegular, DocumentBulletListRegular } from "@fluentui/react-icons";
import type { PackState } from "../../app/actions";
import { FilePickerButton } from "./FilePickerButton";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  buttons: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
  facts: { display: "grid", gridTemplateColumns: "auto 1fr", columnGap: tokens.spacingHorizontalM, rowGap: tokens.spacingVerticalXS, margin: 0 },
  term: { color: tokens.colorNeutralForeground3 },
  value: { margin: 0 },
});

const SOURCE_TEXT: Record<PackState["source"], string> = {
  default: "Bundled default pack",
  workbook: "This workbook's QIPP Rules sheet",
  file: "A pack file you chose",
};

export interface RulesSectionProps {
  pack: PackState | null;
  busy: boolean;
  onPackFile: (file: File) => void;
  onUseDefault: () => void;
}

export function RulesSection({ pack, busy, onPackFile, onUseDefault }: RulesSectionProps) {
  const styles = useStyles();
  return (
    <section className={styles.root} aria-label="Rules">
      {pack === null ? (
        <Spinner size="small" label="Reading the rule pack…" />
      ) : (
        <dl className={styles.facts} data-testid="pack-info">
          <dt className={styles.term}>Pack</dt>
          <dd className={styles.value}><Text weight="semibold">{pack.name}</Text></dd>
          <dt className={styles.term}>Version</dt>
          <dd className={styles.value}>{pack.version}</dd>
          <dt className={styles.term}>Source</dt>
          <dd className={styles.value}>{SOURCE_TEXT[pack.source]}</dd>
        </dl>
      )}
      {pack?.error && (
        <MessageBar intent="error" layout="multiline" data-testid="pack-error">
          <MessageBarBody>
            <MessageBarTitle>The chosen rule pack is malformed</MessageBarTitle>
            {pack.error} Use default goes back to the bundled pack.
          </MessageBarBody>
        </MessageBar>
      )}
      <div className={styles.buttons}>
        <FilePickerButton
          label="Use a rule pack file…"
          accept=".json,application/json"
          icon={<DocumentBulletListRegular />}
          disabled={busy}
          testId="pack-file-input"
          onFiles={(files) => onPackFile(files[0])}
        />
        <Button icon={<ArrowResetRegular />} disabled={busy || (pack?.source === "default" && !pack.error)} onClick={onUseDefault}>
          Use default
        </Button>
      </div>
      <Caption1 className={styles.term}>
        A workbook&apos;s own QIPP Rules sheet replaces the default; a pack file replaces both until you choose Use default.
      </Caption1>
    </section>
  );
}
