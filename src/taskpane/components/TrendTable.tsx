import { makeStyles, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow } from "@fluentui/react-components";
import type { TrendEntry } from "../../core/compare/trend";
import { periodInWords, TREND_TABLE_LABEL } from "../../core/messages/compare-trend";
import { formatPence } from "../format";

const useStyles = makeStyles({ number: { textAlign: "end" } });

const money = (pence: number | null) => (pence === null ? "–" : formatPence(pence));

/** The figures behind the trend chart, one row per version, oldest first: the chart's accessible alternative. */
export function TrendTable({ trend }: { trend: TrendEntry[] }) {
  const styles = useStyles();
  return (
    <Table size="extra-small" aria-label={TREND_TABLE_LABEL} data-testid="trend-table">
      <TableHeader>
        <TableRow>
          <TableHeaderCell>Version</TableHeaderCell>
          <TableHeaderCell className={styles.number}>YTD plan</TableHeaderCell>
          <TableHeaderCell className={styles.number}>YTD actual</TableHeaderCell>
          <TableHeaderCell className={styles.number}>Four-year total</TableHeaderCell>
        </TableRow>
      </TableHeader>
      <TableBody>
        {trend.map((t, i) => (
          <TableRow key={`${i}-${t.workbooks.join()}`} data-testid="trend-row">
            <TableCell>{t.periodEnd === null ? t.workbooks.join(", ") : periodInWords(t.periodEnd)}</TableCell>
            <TableCell className={styles.number}>{money(t.national.ytdPlan)}</TableCell>
            <TableCell className={styles.number}>{money(t.national.ytdActual)}</TableCell>
            <TableCell className={styles.number}>{money(t.national.total)}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
