import { Button, makeStyles, tokens } from "@fluentui/react-components";
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
  cell: { fontFamily: tokens.fontFamilyMonospace, fontWeight: tokens.fontWeightSemibold, minWidth: "3.5em" },
});

export interface FindingItemProps {
  finding: Finding;
  onSelect: (sheet: string, cell: string) => void;
}

/** One finding; a button so Enter/Space select its cell like a click does. */
export function FindingItem({ finding, onSelect }: FindingItemProps) {
  const styles = useStyles();
  const where = finding.cell ? `${finding.cell} on ${finding.sheet}` : `sheet ${finding.sheet}`;
  return (
    <Button
      appearance="subtle"
      className={styles.item}
      disabled={!finding.cell}
      aria-label={`${finding.severity}: ${finding.message} (${where})${finding.cell ? ", select the cell" : ""}`}
      data-testid="finding"
      data-sheet={finding.sheet}
      data-cell={finding.cell}
      onClick={() => onSelect(finding.sheet, finding.cell)}
    >
      <span className={styles.cell}>{finding.cell || "—"}</span>
      <span>{finding.message}</span>
    </Button>
  );
}
