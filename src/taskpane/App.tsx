import { FluentProvider, webDarkTheme, webLightTheme } from "@fluentui/react-components";
import type { QippActions } from "../app/actions";
import { Pane } from "./Pane";

export type PaneTheme = "light" | "dark";

export interface AppProps {
  actions: QippActions;
  theme?: PaneTheme;
}

export function App({ actions, theme = "light" }: AppProps) {
  return (
    <FluentProvider theme={theme === "dark" ? webDarkTheme : webLightTheme} style={{ minHeight: "100%" }}>
      <Pane actions={actions} />
    </FluentProvider>
  );
}
