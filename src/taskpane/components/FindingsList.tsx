import { useMemo, useState } from "react";
import {
  Accordion, AccordionHeader, AccordionItem, AccordionPanel, Caption1, makeStyles, SearchBox, Subtitle2, tokens,
} from "@fluentui/react-components";
import type { Finding } from "../../core/types";
import { fixKey, type CellFix } from "../../core/fixes/model";
import { FixOffer } from "./FixOffer";
import { groupFindings, matchesSearch } from "../finding-groups";
import { plural } from "../format";
import { FindingItem } from "./FindingItem";
import { SeverityBadges, severityCount } from "./SeverityBadges";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  header: { display: "flex", gap: tokens.spacingHorizontalS, alignItems: "center", flexWrap: "wrap" },
  severityTitle: { display: "block", marginBlock: tokens.spacingVerticalXS },
  list: { listStyleType: "none", margin: 0, padding: 0 },
  muted: { color: tokens.colorNeutralForeground3 },
});

/** Rendering thousands of buttons makes the pane sluggish; searching narrows instead. */
const SHOWN_PER_GROUP = 100;

export interface FindingsListProps {
  findings: readonly Finding[];
  /** The open workbook: findings elsewhere (added files) name their file and select nothing. */
  openWorkbook?: string;
  onSelect: (sheet: string, cell: string) => void;
  /** One-click fixes by fixKey(finding); none offered when absent. */
  fixes?: ReadonlyMap<string, CellFix>;
  fixDisabled?: boolean;
  onFix?: (fix: CellFix, choice: number) => void;
}

export function FindingsList({ findings, openWorkbook, onSelect, fixes, fixDisabled = false, onFix }: FindingsListProps) {
  const styles = useStyles();
  const [query, setQuery] = useState("");
  const shown = useMemo(() => findings.filter((f) => matchesSearch(f, query)), [findings, query]);
  const groups = useMemo(() => groupFindings(shown), [shown]);
  const manyWorkbooks = new Set(findings.map((f) => f.workbook)).size > 1;
  return (
    <div className={styles.root}>
      <SearchBox
        placeholder="Search findings"
        aria-label="Search findings"
        value={query}
        onChange={(_, data) => setQuery(data.value)}
      />
      <Caption1 aria-live="polite" data-testid="findings-shown">
        {query ? `${shown.length} of ${plural(findings.length, "finding")} match` : plural(findings.length, "finding")}
      </Caption1>
      <Accordion multiple collapsible defaultOpenItems={groups.map((g) => g.key)} key={query === "" ? "all" : "search"}>
        {groups.map((g) => (
          <AccordionItem key={g.key} value={g.key} data-testid="finding-group">
            <AccordionHeader>
              <span className={styles.header}>
                <span>{manyWorkbooks ? `${g.workbook} › ${g.sheet}` : g.sheet}</span>
                <SeverityBadges counts={g.counts} />
              </span>
            </AccordionHeader>
            <AccordionPanel>
              {g.severities.map((s) => (
                <div key={s.severity}>
                  <Subtitle2 as="h4" className={styles.severityTitle}>{severityCount(s.severity, s.findings.length)}</Subtitle2>
                  <ul className={styles.list}>
                    {s.findings.slice(0, SHOWN_PER_GROUP).map((f, i) => (
                      <li key={`${f.rule}|${f.cell}|${i}`}>
                        <FindingItem finding={f} onSelect={onSelect} openWorkbook={openWorkbook} />
                        {onFix && fixes?.has(fixKey(f)) && <FixOffer fix={fixes.get(fixKey(f))!} disabled={fixDisabled} onFix={(choice) => onFix(fixes.get(fixKey(f))!, choice)} />}
                      </li>
                    ))}
                  </ul>
                  {s.findings.length > SHOWN_PER_GROUP && (
                    <Caption1 className={styles.muted}>
                      {s.findings.length - SHOWN_PER_GROUP} more not shown: search to narrow the list.
                    </Caption1>
                  )}
                </div>
              ))}
            </AccordionPanel>
          </AccordionItem>
        ))}
      </Accordion>
    </div>
  );
}
