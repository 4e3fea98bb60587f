import { Caption1, makeStyles, mergeClasses, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, tokens } from "@fluentui/react-components";
import { activity, dateInWords } from "../../core/messages/in-year";
import type { Rollup, Totals } from "../../core/rollup/types";
import type { DeliveryView } from "../../app/delivery-view";
import { hasDelivery } from "../delivery-shown";
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

function Level({ name, totals, className, behindBelow }: { name: string; totals: Totals; className?: string; behindBelow: number }) {
  const styles = useStyles();
  const y = totals.inYear;
  if (!y) return null;
  const behind = y.deliveredPercent !== null && y.deliveredPercent < behindBelow;
  return (
    <TableRow className={className === "england" ? styles.england : undefined}>
      <TableCell className={mergeClasses(styles.level, className === "cluster" && styles.cluster, className === "sha" && styles.sha)}>{name}</TableCell>
      <TableCell className={styles.number}>{formatPence(y.ytdActual)}</TableCell>
      <TableCell className={styles.number}>{formatPence(y.ytdPlan)}</TableCell>
      <TableCell className={mergeClasses(styles.number, behind && styles.behind)} data-behind={behind || undefined}>{percent(y.deliveredPercent)}</TableCell>
    </TableRow>
  );
}

/**
 * Delivery to date per level (red under the pack's behind-plan %), activity against plan at the pack's
 * demand-management points of delivery, and overdue milestones; nothing when no plan has in-year figures.
 */
export function DeliveryToDate({ rollup, view }: { rollup: Rollup; view: DeliveryView }) {
  const styles = useStyles();
  const national = rollup.national;
  const acute = view.activityPoints.filter((p) => national.activity?.[p]);
  const overdue = national.milestonesOverdue ?? 0;
  if (!hasDelivery(rollup, view.activityPoints)) return null;
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
            <Level name="England" totals={national} className="england" behindBelow={view.behindPlanPercent} />
            {rollup.shaClusters.flatMap((c) => [
              <Level key={`c:${c.name}`} name={c.name} totals={c} className="cluster" behindBelow={view.behindPlanPercent} />,
              ...rollup.shas.filter((s) => s.cluster === c.name).map((s) => <Level key={`s:${s.code}`} name={s.name} totals={s} className="sha" behindBelow={view.behindPlanPercent} />),
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
