import { Button, makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import type { Finding } from "../../core/types";
import { useVisuallyHidden } from "../visually-hidden";
import { addedFileLines } from "../../core/messages/pane";
import { severityWord } from "../../core/messages/rules";

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
  where: { color: tokens.colorNeutralForeground3 },
  cell: { fontFamily: tokens.fontFamilyMonospace, fontWeight: tokens.fontWeightSemibold, minWidth: "3.5em" },
});

export interface FindingItemProps {
  finding: Finding;
  onSelect: (sheet: string, cell: string) => void;
  /** When given, a finding in another workbook (an added file) is not a button: it names its file and cell. */
  openWorkbook?: string;
}

/** One finding; a button so Enter/Space select its cell like a click does. */
export function FindingItem({ finding, onSelect, openWorkbook }: FindingItemProps) {
  const styles = useStyles();
  // Read by screen readers, not shown: the name starts with the visible text (WCAG 2.5.3 label in name).
  const hidden = useVisuallyHidden().hidden;
  if (finding.cell && openWorkbook !== undefined && finding.workbook !== openWorkbook) {
    // In an added file: selecting "the same address" in the open workbook would be another scheme.
    return (
      <div className={mergeClasses(styles.item, styles.plain)} data-testid="finding" data-workbook={finding.workbook} data-sheet={finding.sheet} data-cell={finding.cell}>
        <span className={styles.cell}>{finding.cell}</span>
        <span>
          {finding.message} <span className={styles.where}>({addedFileLines.notOpen(finding.workbook, finding.sheet, finding.cell)})</span>
        </span>
      </div>
    );
  }
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
      <span className={hidden}>{` (${severityWord(finding.severity)} on ${finding.sheet}, select the cell)`}</span>
    </Button>
  );
}
