import { Badge, makeStyles, tokens } from "@fluentui/react-components";
import type { Severity } from "../../core/types";
import { SEVERITIES } from "../finding-groups";
import { severityCount } from "../../core/messages/rules";

const useStyles = makeStyles({ row: { display: "inline-flex", gap: tokens.spacingHorizontalXS } });

const COLOR = { error: "danger", warning: "warning", info: "informative" } as const;
export { severityCount };

/** Counts per severity; labelled for screen readers, since colour alone says nothing. */
export function SeverityBadges({ counts }: { counts: Record<Severity, number> }) {
  const styles = useStyles();
  return (
    <span className={styles.row}>
      {SEVERITIES.filter((s) => counts[s] > 0).map((s) => (
        <Badge key={s} color={COLOR[s]} shape="rounded" size="small" aria-label={severityCount(s, counts[s])}>
          {counts[s]}
        </Badge>
      ))}
    </span>
  );
}
