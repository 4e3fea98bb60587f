import { Button, Caption1, makeStyles, tokens } from "@fluentui/react-components";
import type { Movement } from "../../core/compare/movements";
import { MOVEMENT_KIND, movementsSummary, movementWords } from "../../core/messages/compare-trend";
import { formatPence } from "../format";

const SHOWN = 30;

const useStyles = makeStyles({
  list: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXXS, margin: 0, padding: 0, listStyleType: "none" },
  item: { justifyContent: "flex-start", textAlign: "start", width: "100%", height: "auto", fontWeight: tokens.fontWeightRegular, display: "block", paddingBlock: tokens.spacingVerticalXS },
  static: { display: "block", paddingBlock: tokens.spacingVerticalXS, paddingInline: tokens.spacingHorizontalM },
  head: { display: "flex", justifyContent: "space-between", gap: tokens.spacingHorizontalS, fontWeight: tokens.fontWeightSemibold },
  detail: { display: "block", color: tokens.colorNeutralForeground2 },
});

/** Dropped and improved schemes to confirm, largest first; an improved one selects its cell (a dropped one is only in the earlier file). */
export function MovementsList({ movements, onSelect }: { movements: Movement[]; onSelect: (sheet: string, cell: string) => void }) {
  const styles = useStyles();
  const body = (m: Movement) => (
    <>
      <span className={styles.head}>
        <span>{MOVEMENT_KIND[m.kind]}: {m.ref} {m.name}</span>
        <span>£{formatPence(m.value)}k</span>
      </span>
      <span className={styles.detail}>{m.organisation} · {movementWords(m)}{m.side === "before" ? ` (earlier version: ${m.sheet}!${m.cell})` : ""}</span>
    </>
  );
  return (
    <>
      <Caption1 data-testid="movements-count">{movementsSummary(movements, (p) => formatPence(p))}{movements.length > SHOWN ? ` (first ${SHOWN} here, all on QIPP Changes)` : ""}</Caption1>
      <ul className={styles.list} aria-label="Movements to confirm">
        {movements.slice(0, SHOWN).map((m) => (
          <li key={`${m.kind}|${m.workbook}|${m.sheet}|${m.cell}|${m.ref}`} data-testid="movement" data-kind={m.kind}>
            {m.side === "after" ? (
              <Button appearance="subtle" className={styles.item} onClick={() => onSelect(m.sheet, m.cell)}>{body(m)}</Button>
            ) : (
              <span className={styles.static}>{body(m)}</span>
            )}
          </li>
        ))}
      </ul>
    </>
  );
}
