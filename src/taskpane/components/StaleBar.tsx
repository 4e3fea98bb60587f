import { Button, MessageBar, MessageBarActions, MessageBarBody } from "@fluentui/react-components";
import { staleLines } from "../../core/messages/pane";

export interface StaleBarProps {
  /** What changed since the results shown were made ("a cell was fixed"). */
  reason: string;
  /** The button that makes the results again: "Validate again", "Build rollups again". */
  action: string;
  disabled: boolean;
  onRebuild: () => void;
}

/** Results made before a fix, an undo, a file or a pack change: said plainly, with the rebuild at hand. */
export function StaleBar({ reason, action, disabled, onRebuild }: StaleBarProps) {
  return (
    <MessageBar intent="warning" data-testid="stale">
      <MessageBarBody>{staleLines.note(reason)}</MessageBarBody>
      <MessageBarActions>
        <Button size="small" disabled={disabled} onClick={onRebuild} data-testid="rebuild">{action}</Button>
      </MessageBarActions>
    </MessageBar>
  );
}
