import { Button, Caption1, makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import type { SchemeException } from "../../core/rollup/exceptions";
import { immaterialLine } from "../../core/messages/report-card";
import { addedFileLines } from "../../core/messages/pane";
import { toThousands } from "../../core/money";
import { formatPence, plural } from "../format";
import { useVisuallyHidden } from "../visually-hidden";

const SHOWN = 50;

const useStyles = makeStyles({
  list: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXXS, margin: 0, padding: 0, listStyleType: "none" },
  item: { justifyContent: "flex-start", textAlign: "start", width: "100%", height: "auto", fontWeight: tokens.fontWeightRegular, display: "block", paddingBlock: tokens.spacingVerticalXS },
  head: { display: "flex", justifyContent: "space-between", gap: tokens.spacingHorizontalS, fontWeight: tokens.fontWeightSemibold },
  detail: { display: "block", color: tokens.colorNeutralForeground2 },
  plain: { paddingInline: tokens.spacingHorizontalM, fontSize: tokens.fontSizeBase300, lineHeight: tokens.lineHeightBase300 },
  muted: { color: tokens.colorNeutralForeground3 },
});

export interface ExceptionsListProps {
  exceptions: SchemeException[];
  onSelect: (sheet: string, cell: string) => void;
  /** When given, an exception in another workbook (an added file) is not a button: it names its file and cell. */
  openWorkbook?: string;
}

/** Exceptions, largest value at risk first; each a button that selects its cell in the later version (one in an added file names it instead). */
export function ExceptionsList({ exceptions, onSelect, openWorkbook }: ExceptionsListProps) {
  const styles = useStyles();
  // Read by screen readers, not shown: the name starts with the visible text (WCAG 2.5.3 label in name).
  const hidden = useVisuallyHidden().hidden;
  if (exceptions.length === 0) return <Caption1 className={styles.muted}>No exceptions: nothing red, worse, below forecast or reduced.</Caption1>;
  // Exceptions under the pack's materiality threshold are one line, as on the sheets.
  const listed = exceptions.filter((e) => e.material !== false);
  const smaller = exceptions.filter((e) => e.material === false);
  const atRisk = smaller.reduce((sum, e) => sum + e.valueAtRisk, 0);
  const what = (e: SchemeException) => (
    <>
      <span className={styles.head}>
        <span>{e.ref} {e.name}</span>
        <span>£{formatPence(e.valueAtRisk)}k</span>
      </span>
      <span className={styles.detail}>{e.organisation} · {e.messages.join("; ")}</span>
    </>
  );
  return (
    <>
      <Caption1 data-testid="exceptions-count" data-count={listed.length}>
        {plural(listed.length, "exception")}, largest value at risk first{listed.length > SHOWN ? ` (first ${SHOWN} here, all on QIPP Exceptions)` : ""}
      </Caption1>
      <ul className={styles.list} aria-label="Exceptions">
        {listed.slice(0, SHOWN).map((e) => (
          <li key={`${e.workbook}|${e.sheet}|${e.cell}|${e.ref}`}>
            {openWorkbook !== undefined && e.workbook !== openWorkbook ? (
              // In an added file: selecting "the same address" in the open workbook would be another scheme.
              <div className={mergeClasses(styles.item, styles.plain)} data-testid="exception" data-workbook={e.workbook} data-sheet={e.sheet} data-cell={e.cell}>
                {what(e)}
                <span className={styles.detail}>{addedFileLines.notOpen(e.workbook, e.sheet, e.cell)}</span>
              </div>
            ) : (
              <Button appearance="subtle" className={styles.item} data-testid="exception" data-sheet={e.sheet} data-cell={e.cell} onClick={() => onSelect(e.sheet, e.cell)}>
                {what(e)}
                <span className={hidden}>{` (at risk; select ${e.cell} on ${e.sheet})`}</span>
              </Button>
            )}
          </li>
        ))}
      </ul>
      {smaller.length > 0 && (
        <Caption1 className={styles.muted} data-testid="exceptions-smaller" data-count={smaller.length}>
          {immaterialLine(smaller.length, toThousands(atRisk))}
        </Caption1>
      )}
    </>
  );
}
