import { FluentProvider, teamsHighContrastTheme, webDarkTheme, webLightTheme } from "@fluentui/react-components";
import type { QippActions } from "../app/actions";
import type { LastCommand } from "../app/last-command";
import { LastCommandBar } from "./components/LastCommandBar";
import { Pane } from "./Pane";
import { useForcedColors } from "./use-forced-colors";

export type PaneTheme = "light" | "dark" | "highContrast";

export interface AppProps {
  actions: QippActions;
  theme?: PaneTheme;
  /** The last ribbon command's outcome, when one was recorded in the workbook. */
  lastCommand?: LastCommand | null;
}

const THEMES = { light: webLightTheme, dark: webDarkTheme, highContrast: teamsHighContrastTheme };

export function App({ actions, theme = "light", lastCommand }: AppProps) {
  // A contrast theme switched on while the pane is open wins over Office's colours.
  const forced = useForcedColors();
  return (
    <FluentProvider theme={THEMES[forced ? "highContrast" : theme]} style={{ minHeight: "100%" }} data-theme={forced ? "highContrast" : theme}>
      {lastCommand && <LastCommandBar command={lastCommand} />}
      <Pane actions={actions} />
    </FluentProvider>
  );
}
