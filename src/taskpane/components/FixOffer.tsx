import { useId } from "react";
import { Button, makeStyles, Text, tokens } from "@fluentui/react-components";
import type { CellFix } from "../../core/fixes/model";
import { useVisuallyHidden } from "../visually-hidden";

const useStyles = makeStyles({
  root: {
    display: "flex", flexWrap: "wrap", alignItems: "center", gap: tokens.spacingHorizontalS,
    paddingInlineStart: `calc(3.5em + ${tokens.spacingHorizontalM} + ${tokens.spacingHorizontalS})`, paddingBlockEnd: tokens.spacingVerticalXS,
  },
  change: { overflowWrap: "anywhere", minWidth: 0 },
});

export interface FixOfferProps {
  fix: CellFix;
  disabled: boolean;
  onFix: (choice: number) => void;
}

const quoted = (s: string) => (s === "" ? "(blank)" : `“${s}”`);

/** "old → new" and the button that writes it; a RAG shows old → and one button per rating, for the user to choose. */
export function FixOffer({ fix, disabled, onFix }: FixOfferProps) {
  const styles = useStyles();
  const hidden = useVisuallyHidden().hidden;
  const id = useId();
  const single = fix.choices.length === 1;
  return (
    <div className={styles.root} data-testid="fix-offer" data-cell={fix.cell} data-sheet={fix.sheet}>
      <Text size={200} id={id} className={styles.change}>
        {quoted(fix.old)} → {single ? quoted(fix.choices[0].label) : "choose:"}
      </Text>
      {fix.choices.map((choice, i) => (
        <Button key={choice.label} size="small" disabled={disabled} aria-describedby={id} onClick={() => onFix(i)} data-testid="fix-button">
          {single ? "Fix" : choice.label}
          <span className={hidden}>{` ${fix.cell} on ${fix.sheet}${single ? "" : ` as ${choice.label}`}`}</span>
        </Button>
      ))}
    </div>
  );
}
