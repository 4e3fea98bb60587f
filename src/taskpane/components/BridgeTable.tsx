import { makeStyles, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, tokens } from "@fluentui/react-components";
import type { Comparison, LevelChange } from "../../core/compare/types";
import { formatPence } from "../format";

const useStyles = makeStyles({
  number: { textAlign: "end" },
  england: { fontWeight: tokens.fontWeightSemibold },
  sha: { paddingInlineStart: tokens.spacingHorizontalL },
});

const signed = (pence: number) => (pence > 0 ? `+${formatPence(pence)}` : formatPence(pence));

/** England and each SHA: before, the net of new, dropped and changed, after (£000). */
export function BridgeTable({ comparison }: { comparison: Comparison }) {
  const styles = useStyles();
  const row = (l: LevelChange, england: boolean) => (
    <TableRow key={l.code ?? l.name} className={england ? styles.england : undefined}>
      <TableCell className={england ? undefined : styles.sha}>{l.name}</TableCell>
      <TableCell className={styles.number}>{formatPence(l.before)}</TableCell>
      <TableCell className={styles.number} title={`new ${formatPence(l.new)}, dropped ${formatPence(l.dropped)}, changed ${signed(l.changed)}`}>
        {signed(l.new - l.dropped + l.changed)}
      </TableCell>
      <TableCell className={styles.number} data-testid={england ? "bridge-after" : undefined}>{formatPence(l.after)}</TableCell>
    </TableRow>
  );
  return (
    <Table size="extra-small" aria-label="Bridge by level, £000" data-testid="bridge-table">
      <TableHeader>
        <TableRow>
          <TableHeaderCell>Level</TableHeaderCell>
          <TableHeaderCell className={styles.number}>Before</TableHeaderCell>
          <TableHeaderCell className={styles.number}>Moved</TableHeaderCell>
          <TableHeaderCell className={styles.number}>After</TableHeaderCell>
        </TableRow>
      </TableHeader>
      <TableBody>
        {row(comparison.national, true)}
        {comparison.shas.map((s) => row(s, false))}
      </TableBody>
    </Table>
  );
}
