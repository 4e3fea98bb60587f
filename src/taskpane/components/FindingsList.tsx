import { startTransition, useEffect, useId, useMemo, useState } from "react";
import {
  Accordion, AccordionHeader, AccordionItem, AccordionPanel, Caption1, Label, makeStyles, SearchBox, tokens,
} from "@fluentui/react-components";
import type { Severity } from "../../core/types";
import { ruleTitle, severityWord } from "../../core/messages/rules";
import type { Finding } from "../../core/types";
import type { CellFix } from "../../core/fixes/model";
import { filterFindings, groupFindings, matchesSearch, openAtFirst, SEVERITIES, type SheetGroup } from "../finding-groups";
import { plural } from "../format";
import { SeverityBadges } from "./SeverityBadges";
import { SheetGroupFindings } from "./SheetGroupFindings";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  header: { display: "flex", gap: tokens.spacingHorizontalS, alignItems: "center", flexWrap: "wrap" },
  filters: { display: "grid", gridTemplateColumns: "1fr 1fr", gap: tokens.spacingHorizontalS },
  // A native select: Fluent's Select would push the pane's first bundle over its 200 KB budget.
  filter: { display: "flex", flexDirection: "column", minWidth: 0 },
  select: {
    minWidth: 0, height: "24px", fontFamily: "inherit", fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground1,
    backgroundColor: tokens.colorNeutralBackground1, border: `1px solid ${tokens.colorNeutralStroke1}`, borderRadius: tokens.borderRadiusMedium,
  },
});

export interface FindingsListProps {
  findings: readonly Finding[];
  /** The open workbook: findings elsewhere (added files) name their file and select nothing. */
  openWorkbook?: string;
  onSelect: (sheet: string, cell: string) => void;
  /** One-click fixes by fixKey(finding); none offered when absent. */
  fixes?: ReadonlyMap<string, CellFix>;
  fixDisabled?: boolean;
  onFix?: (fix: CellFix, choice: number) => void;
  /** Fix all in a group of the same problem, as one step. */
  onFixAll?: (fixes: CellFix[]) => void;
  /** Told once these findings are in the page (they are drawn in a transition). */
  onDrawn?: (findings: readonly Finding[]) => void;
}

export function FindingsList({ findings, openWorkbook, onSelect, fixes, fixDisabled = false, onFix, onFixAll, onDrawn }: FindingsListProps) {
  const styles = useStyles();
  const id = useId();
  const [query, setQuery] = useState("");
  const [severity, setSeverity] = useState<Severity | "all">("all");
  const [rule, setRule] = useState("all");
  const rules = useMemo(() => [...new Set(findings.map((f) => f.rule))], [findings]);
  const severities = SEVERITIES.filter((s) => findings.some((f) => f.severity === s));
  const filtered = severity !== "all" || rule !== "all" || query !== "";
  const shown = useMemo(() => filterFindings(findings, severity, rule).filter((f) => matchesSearch(f, query)), [findings, severity, rule, query]);
  const groups = useMemo(() => groupFindings(shown), [shown]);
  const view = `${query === "" ? "all" : "search"}|${severity}|${rule}`;
  // The sheets are drawn in a transition, after the rest of the pane: React renders them in slices, so
  // thousands of findings never block the pane in one long task (https://react.dev/reference/react/startTransition).
  const [drawn, setDrawn] = useState<{ groups: SheetGroup[]; view: string; findings: readonly Finding[] } | null>(null);
  useEffect(() => startTransition(() => setDrawn({ groups, view, findings })), [groups, view, findings]);
  useEffect(() => {
    if (drawn) onDrawn?.(drawn.findings);
  }, [drawn, onDrawn]);
  const manyWorkbooks = new Set(findings.map((f) => f.workbook)).size > 1;
  return (
    <div className={styles.root}>
      <SearchBox
        placeholder="Search findings"
        aria-label="Search findings"
        value={query}
        onChange={(_, data) => setQuery(data.value)}
      />
      <div className={styles.filters}>
        <span className={styles.filter}>
          <Label size="small" htmlFor={`${id}-severity`}>Severity</Label>
          <select id={`${id}-severity`} className={styles.select} value={severity} onChange={(e) => setSeverity(e.target.value as Severity | "all")} data-testid="filter-severity">
            <option value="all">All</option>
            {severities.map((s) => <option key={s} value={s}>{severityWord(s)}</option>)}
          </select>
        </span>
        <span className={styles.filter}>
          <Label size="small" htmlFor={`${id}-rule`}>Rule</Label>
          <select id={`${id}-rule`} className={styles.select} value={rule} onChange={(e) => setRule(e.target.value)} data-testid="filter-rule">
            <option value="all">All</option>
            {rules.map((r) => <option key={r} value={r}>{ruleTitle(r)}</option>)}
          </select>
        </span>
      </div>
      <Caption1 aria-live="polite" data-testid="findings-shown">
        {filtered ? `${shown.length} of ${plural(findings.length, "finding")} shown` : plural(findings.length, "finding")}
      </Caption1>
      {drawn && (
        <Accordion multiple collapsible defaultOpenItems={openAtFirst(drawn.groups)} key={drawn.view}>
          {drawn.groups.map((g) => (
            <AccordionItem key={g.key} value={g.key} data-testid="finding-group">
              <AccordionHeader>
                <span className={styles.header}>
                  <span>{manyWorkbooks ? `${g.workbook} › ${g.sheet}` : g.sheet}</span>
                  <SeverityBadges counts={g.counts} />
                </span>
              </AccordionHeader>
              {/* No collapse motion: it measures every panel as it mounts; a closed panel is not rendered at all. */}
              <AccordionPanel collapseMotion={null}>
                <SheetGroupFindings group={g} openWorkbook={openWorkbook} onSelect={onSelect} fixes={fixes} fixDisabled={fixDisabled} onFix={onFix} onFixAll={onFixAll} />
              </AccordionPanel>
            </AccordionItem>
          ))}
        </Accordion>
      )}
    </div>
  );
}
