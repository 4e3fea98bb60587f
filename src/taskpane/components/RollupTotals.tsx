import { makeStyles, mergeClasses, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, tokens } from "@fluentui/react-components";
import type { Rollup } from "../../core/rollup/types";
import { formatPence } from "../format";

// Fixed layout with wrapping names: long SHA names must not push the figures past a 350 px pane.
const useStyles = makeStyles({
  table: { tableLayout: "fixed", width: "100%" },
  level: { overflowWrap: "anywhere" },
  figure: { width: "6em", textAlign: "end" },
  number: { textAlign: "end", whiteSpace: "nowrap" },
  england: { fontWeight: tokens.fontWeightSemibold },
  cluster: { paddingInlineStart: tokens.spacingHorizontalL },
  sha: { paddingInlineStart: tokens.spacingHorizontalXXXL },
});

/** England, then each SHA cluster with its SHAs beneath: four-year QIPP savings and risk-adjusted value, £000. */
export function RollupTotals({ rollup }: { rollup: Rollup }) {
  const styles = useStyles();
  const shas = rollup.shas.filter((s) => s.schemes > 0);
  const clusters = rollup.shaClusters.filter((c) => c.schemes > 0);
  return (
    <Table className={styles.table} size="extra-small" aria-label="QIPP savings by level, £000" data-testid="rollup-totals">
      <TableHeader>
        <TableRow>
          <TableHeaderCell>Level</TableHeaderCell>
          <TableHeaderCell className={styles.figure}>QIPP £000</TableHeaderCell>
          <TableHeaderCell className={styles.figure}>Risk-adj.</TableHeaderCell>
        </TableRow>
      </TableHeader>
      <TableBody>
        <TableRow className={styles.england}>
          <TableCell>England</TableCell>
          <TableCell className={styles.number} data-testid="england-total">{formatPence(rollup.national.qippSavings.total)}</TableCell>
          <TableCell className={styles.number}>{formatPence(rollup.national.riskAdjusted)}</TableCell>
        </TableRow>
        {clusters.flatMap((c) => [
          <TableRow key={`cluster:${c.name}`}>
            <TableCell className={mergeClasses(styles.level, styles.cluster)}>{c.name}</TableCell>
            <TableCell className={styles.number}>{formatPence(c.qippSavings.total)}</TableCell>
            <TableCell className={styles.number}>{formatPence(c.riskAdjusted)}</TableCell>
          </TableRow>,
          ...shas.filter((s) => s.cluster === c.name).map((s) => (
            <TableRow key={`sha:${s.code}`}>
              <TableCell className={mergeClasses(styles.level, styles.sha)}>{s.name}</TableCell>
              <TableCell className={styles.number}>{formatPence(s.qippSavings.total)}</TableCell>
              <TableCell className={styles.number}>{formatPence(s.riskAdjusted)}</TableCell>
            </TableRow>
          )),
        ])}
      </TableBody>
    </Table>
  );
}
