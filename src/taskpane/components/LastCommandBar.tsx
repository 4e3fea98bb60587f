import { MessageBar, MessageBarBody, MessageBarTitle } from "@fluentui/react-components";
import type { LastCommand } from "../../app/last-command";

export interface LastCommandBarProps {
  command: LastCommand;
}

const timeFormat = new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeStyle: "short" });

/** The outcome of the last ribbon command (Validate or Build rollups), which ran without the pane. */
export function LastCommandBar({ command }: LastCommandBarProps) {
  return (
    <MessageBar intent={command.kind} layout="multiline" data-testid="last-command" role="status">
      <MessageBarBody>
        <MessageBarTitle>Last ribbon command: {command.title}</MessageBarTitle>
        {command.text} ({timeFormat.format(new Date(command.at))})
      </MessageBarBody>
    </MessageBar>
  );
}
