import { FluentProvider, webDarkTheme, webLightTheme } from "@fluentui/react-components";
import type { QippActions } from "../app/actions";
import type { LastCommand } from "../app/last-command";
import { LastCommandBar } from "./components/LastCommandBar";
import { Pane } from "./Pane";

export type PaneTheme = "light" | "dark";

export interface AppProps {
  actions: QippActions;
  theme?: PaneTheme;
  /** The last ribbon command's outcome, when one was recorded in the workbook. */
  lastCommand?: LastCommand | null;
}

export function App({ actions, theme = "light", lastCommand }: AppProps) {
  return (
    <FluentProvider theme={theme === "dark" ? webDarkTheme : webLightTheme} style={{ minHeight: "100%" }}>
      {lastCommand && <LastCommandBar command={lastCommand} />}
      <Pane actions={actions} />
    </FluentProvider>
  );
}
