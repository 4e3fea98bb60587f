import { useEffect, useRef } from "react";
import { Button, MessageBar, MessageBarActions, MessageBarBody } from "@fluentui/react-components";
import type { FixDone } from "../../app/actions";

export interface FixDoneBarProps {
  done: FixDone;
  disabled: boolean;
  onUndo: () => void;
}

const label = (w: FixDone["after"] | FixDone["before"]) => (w === null ? "(blank)" : w.kind === "formula" ? `=${w.formula}` : String(w.value));

/**
 * What the last click changed, with Undo; takes focus so a keyboard user lands on Undo, not on the page.
 * While the findings refresh it is disabledFocusable, not disabled: a disabled button drops focus to the body.
 */
export function FixDoneBar({ done, disabled, onUndo }: FixDoneBarProps) {
  const undo = useRef<HTMLButtonElement>(null);
  useEffect(() => undo.current?.focus(), [done]);
  return (
    <MessageBar intent="success" data-testid="fix-done">
      <MessageBarBody>
        {done.batch && done.batch.length > 1
          ? `Changed ${done.batch.length} cells: ${label(done.before)} → ${label(done.after)}.`
          : `Changed ${done.cell} on ${done.sheet}: ${label(done.before)} → ${label(done.after)}.`}
      </MessageBarBody>
      <MessageBarActions>
        <Button ref={undo} size="small" disabledFocusable={disabled} onClick={onUndo} data-testid="fix-undo">Undo</Button>
      </MessageBarActions>
    </MessageBar>
  );
}
