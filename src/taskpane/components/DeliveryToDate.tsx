import { Caption1, makeStyles, mergeClasses, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, tokens } from "@fluentui/react-components";
import { activity, dateInWords } from "../../core/messages/in-year";
import type { Rollup, Totals } from "../../core/rollup/types";
import { ACUTE, hasDelivery } from "../delivery-shown";
import { formatPence, plural } from "../format";


const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  table: { tableLayout: "fixed", width: "100%" },
  level: { overflowWrap: "anywhere" },
  figure: { width: "5.5em", textAlign: "end" },
  number: { textAlign: "end", whiteSpace: "nowrap" },
  england: { fontWeight: tokens.fontWeightSemibold },
  cluster: { paddingInlineStart: tokens.spacingHorizontalL },
  sha: { paddingInlineStart: tokens.spacingHorizontalXXXL },
  behind: { color: tokens.colorPaletteRedForeground1 },
  muted: { color: tokens.colorNeutralForeground3 },
});

const percent = (p: number | null) => (p === null ? "–" : `${Math.floor(p)}%`);

function Level({ name, totals, className }: { name: string; totals: Totals; className?: string }) {
  const styles = useStyles();
  const y = totals.inYear;
  if (!y) return null;
  return (
    <TableRow className={className === "england" ? styles.england : undefined}>
      <TableCell className={mergeClasses(styles.level, className === "cluster" && styles.cluster, className === "sha" && styles.sha)}>{name}</TableCell>
      <TableCell className={styles.number}>{formatPence(y.ytdActual)}</TableCell>
      <TableCell className={styles.number}>{formatPence(y.ytdPlan)}</TableCell>
      <TableCell className={mergeClasses(styles.number, y.deliveredPercent !== null && y.deliveredPercent < 90 && styles.behind)}>{percent(y.deliveredPercent)}</TableCell>
    </TableRow>
  );
}

/** Delivery to date per level, acute activity against plan and overdue milestones; nothing when no plan has in-year figures. */
export function DeliveryToDate({ rollup }: { rollup: Rollup }) {
  const styles = useStyles();
  const national = rollup.national;
  const acute = ACUTE.filter((p) => national.activity?.[p]);
  const overdue = national.milestonesOverdue ?? 0;
  if (!hasDelivery(rollup)) return null;
  return (
    <section className={styles.root} aria-label="Delivery to date" data-testid="delivery-to-date">
      {national.inYear && (
        <Table className={styles.table} size="extra-small" aria-label={`Delivery to date, £000${national.inYear.periodEnd ? `, to ${dateInWords(national.inYear.periodEnd)}` : ""}`}>
          <TableHeader>
            <TableRow>
              <TableHeaderCell>Delivered to date</TableHeaderCell>
              <TableHeaderCell className={styles.figure}>Actual</TableHeaderCell>
              <TableHeaderCell className={styles.figure}>Plan</TableHeaderCell>
              <TableHeaderCell className={styles.figure}>%</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            <Level name="England" totals={national} className="england" />
            {rollup.shaClusters.flatMap((c) => [
              <Level key={`c:${c.name}`} name={c.name} totals={c} className="cluster" />,
              ...rollup.shas.filter((s) => s.cluster === c.name).map((s) => <Level key={`s:${s.code}`} name={s.name} totals={s} className="sha" />),
            ])}
          </TableBody>
        </Table>
      )}
      {acute.length > 0 && (
        <Table className={styles.table} size="extra-small" aria-label="Acute activity to date against plan, England">
          <TableHeader>
            <TableRow>
              <TableHeaderCell>Activity to date</TableHeaderCell>
              <TableHeaderCell className={styles.figure}>Actual</TableHeaderCell>
              <TableHeaderCell className={styles.figure}>Planned</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {acute.map((p) => (
              <TableRow key={p}>
                <TableCell>{p}</TableCell>
                <TableCell className={styles.number}>{activity(national.activity![p].actual)}</TableCell>
                <TableCell className={styles.number}>{activity(national.activity![p].planned)}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
      <Caption1 className={overdue > 0 ? styles.behind : styles.muted} data-testid="milestones-overdue">
        {overdue > 0 ? `${plural(overdue, "milestone")} overdue` : "No milestone overdue"}
      </Caption1>
    </section>
  );
}
