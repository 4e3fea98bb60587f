import { Caption1, makeStyles, Subtitle2, tokens } from "@fluentui/react-components";
import { fixKey } from "../../core/fixes/model";
import type { FindingActions } from "./finding-actions";
import type { Finding } from "../../core/types";
import type { SheetGroup } from "../finding-groups";
import { sameProblems } from "../finding-groups";
import { FindingItem } from "./FindingItem";
import { FixOffer } from "./FixOffer";
import { ProblemGroupItem } from "./ProblemGroupItem";
import { severityCount } from "./SeverityBadges";

const useStyles = makeStyles({
  severityTitle: { display: "block", marginBlock: tokens.spacingVerticalXS },
  list: { listStyleType: "none", margin: 0, padding: 0 },
  muted: { color: tokens.colorNeutralForeground3 },
});

/** Rendering thousands of buttons makes the pane sluggish; searching narrows instead. */
const SHOWN_PER_GROUP = 100;

export interface SheetGroupFindingsProps extends FindingActions {
  group: SheetGroup;
}

function OneFinding({ finding, openWorkbook, onSelect, fixes, fixDisabled, onFix }: Omit<SheetGroupFindingsProps, "group"> & { finding: Finding }) {
  const fix = onFix ? fixes?.get(fixKey(finding)) : undefined;
  return (
    <>
      <FindingItem finding={finding} onSelect={onSelect} openWorkbook={openWorkbook} />
      {fix && onFix && <FixOffer fix={fix} disabled={fixDisabled} onFix={(choice) => onFix(fix, choice)} />}
    </>
  );
}

/** One sheet's findings, by severity, the same problem grouped: rendered only while its sheet is open. */
export function SheetGroupFindings({ group, ...props }: SheetGroupFindingsProps) {
  const styles = useStyles();
  return (
    <>
      {group.severities.map((s) => {
        const problems = sameProblems(s.findings);
        return (
          <div key={s.severity}>
            <Subtitle2 as="h4" className={styles.severityTitle}>{severityCount(s.severity, s.findings.length)}</Subtitle2>
            <ul className={styles.list}>
              {problems.slice(0, SHOWN_PER_GROUP).map((p) => (
                <li key={p.key}>
                  {p.findings.length > 1 ? <ProblemGroupItem findings={p.findings} {...props} /> : <OneFinding finding={p.findings[0]} {...props} />}
                </li>
              ))}
            </ul>
            {problems.length > SHOWN_PER_GROUP && (
              <Caption1 className={styles.muted}>
                {problems.length - SHOWN_PER_GROUP} more problems not shown: filter or search to narrow the list.
              </Caption1>
            )}
          </div>
        );
      })}
    </>
  );
}
