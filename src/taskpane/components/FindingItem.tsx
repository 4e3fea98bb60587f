import { Button, makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import type { Finding } from "../../core/types";

const useStyles = makeStyles({
  item: {
    justifyContent: "flex-start",
    textAlign: "start",
    width: "100%",
    height: "auto",
    fontWeight: tokens.fontWeightRegular,
    paddingBlock: tokens.spacingVerticalXS,
    gap: tokens.spacingHorizontalS,
    alignItems: "baseline",
  },
  plain: { display: "flex", paddingInline: tokens.spacingHorizontalM, fontSize: tokens.fontSizeBase300, lineHeight: tokens.lineHeightBase300 },
  cell: { fontFamily: tokens.fontFamilyMonospace, fontWeight: tokens.fontWeightSemibold, minWidth: "3.5em" },
});

export interface FindingItemProps {
  finding: Finding;
  onSelect: (sheet: string, cell: string) => void;
}

/** One finding; a button so Enter/Space select its cell like a click does. */
export function FindingItem({ finding, onSelect }: FindingItemProps) {
  const styles = useStyles();
  if (!finding.cell) {
    // About a whole sheet or workbook: nothing to select, so plain text rather than a dead button.
    return (
      <div className={mergeClasses(styles.item, styles.plain)} data-testid="finding" data-sheet={finding.sheet} data-cell="">
        <span className={styles.cell}>—</span>
        <span>{finding.message}</span>
      </div>
    );
  }
  return (
    <Button
      appearance="subtle"
      className={styles.item}
      aria-label={`${finding.severity}: ${finding.message} (${finding.cell} on ${finding.sheet}), select the cell`}
      data-testid="finding"
      data-sheet={finding.sheet}
      data-cell={finding.cell}
      onClick={() => onSelect(finding.sheet, finding.cell)}
    >
      <span className={styles.cell}>{finding.cell}</span>
      <span>{finding.message}</span>
    </Button>
  );
}
