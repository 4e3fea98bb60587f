import { Button, makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import type { Finding } from "../../core/types";
import { useVisuallyHidden } from "../visually-hidden";

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
  // Read by screen readers, not shown: the name starts with the visible text (WCAG 2.5.3 label in name).
  const hidden = useVisuallyHidden().hidden;
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
      data-testid="finding"
      data-sheet={finding.sheet}
      data-cell={finding.cell}
      onClick={() => onSelect(finding.sheet, finding.cell)}
    >
      <span className={styles.cell}>{finding.cell}</span>
      <span>{finding.message}</span>
      <span className={hidden}>{` (${finding.severity} on ${finding.sheet}, select the cell)`}</span>
    </Button>
  );
}
