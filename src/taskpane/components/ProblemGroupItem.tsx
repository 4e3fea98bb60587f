import { useState } from "react";
import { Button, Caption1, makeStyles, tokens } from "@fluentui/react-components";
import { ChevronDownRegular, ChevronRightRegular } from "@fluentui/react-icons";
import type { Finding } from "../../core/types";
import { fixKey, type CellFix } from "../../core/fixes/model";
import type { FindingActions } from "./finding-actions";
import { ruleTitle } from "../../core/messages/rules";
import { counted } from "../../core/messages/rules";
import { FindingItem } from "./FindingItem";
import { FixOffer } from "./FixOffer";

const useStyles = makeStyles({
  head: { display: "flex", flexWrap: "wrap", alignItems: "center", gap: tokens.spacingHorizontalS },
  toggle: { justifyContent: "flex-start", textAlign: "start", height: "auto", fontWeight: tokens.fontWeightRegular, minWidth: 0 },
  list: { listStyleType: "none", margin: 0, paddingInlineStart: tokens.spacingHorizontalL },
  muted: { color: tokens.colorNeutralForeground3 },
});

/** Members shown when a group is opened; the rest are reached by search or filter. */
const SHOWN = 100;

export interface ProblemGroupItemProps extends FindingActions {
  findings: Finding[];
}

/** The value a group shares, as its heading says it: "'tbc'". */
const what = (f: Finding) => (typeof f.value === "string" ? `'${f.value}'` : String(f.value));

/** One problem in many cells: "'tbc' · Not a number: 494 cells", opened to list them, with Fix all when every cell has the same fix. */
export function ProblemGroupItem({ findings, openWorkbook, onSelect, fixes, fixDisabled, onFix, onFixAll }: ProblemGroupItemProps) {
  const styles = useStyles();
  const [open, setOpen] = useState(false);
  const first = findings[0];
  const all = findings.map((f) => fixes?.get(fixKey(f)));
  const same = all.every((fix) => fix && fix.choices.length === 1 && fix.choices[0].label === all[0]!.choices[0].label);
  const label = `${what(first)} · ${ruleTitle(first.rule)}: ${counted(findings.length, "cell")}`;
  return (
    <div data-testid="problem-group" data-count={findings.length} data-sheet={first.sheet} data-cell={first.cell}>
      <div className={styles.head}>
        <Button appearance="subtle" className={styles.toggle} icon={open ? <ChevronDownRegular /> : <ChevronRightRegular />} aria-expanded={open} onClick={() => setOpen(!open)}>
          {label}
        </Button>
        {onFixAll && same && (
          <Button size="small" disabled={fixDisabled} onClick={() => onFixAll(all as CellFix[])} data-testid="fix-all">
            Fix all {findings.length}
          </Button>
        )}
      </div>
      {!open && <Caption1 className={styles.muted}>{first.message}</Caption1>}
      {open && (
        <ul className={styles.list}>
          {findings.slice(0, SHOWN).map((f, i) => (
            <li key={`${f.sheet}|${f.cell}|${i}`}>
              <FindingItem finding={f} onSelect={onSelect} openWorkbook={openWorkbook} />
              {onFix && fixes?.has(fixKey(f)) && <FixOffer fix={fixes.get(fixKey(f))!} disabled={fixDisabled} onFix={(choice) => onFix(fixes.get(fixKey(f))!, choice)} />}
            </li>
          ))}
          {findings.length > SHOWN && <Caption1 className={styles.muted}>{findings.length - SHOWN} more: search or filter to narrow the list.</Caption1>}
        </ul>
      )}
    </div>
  );
}
