import type { PaneTheme } from "./App";

interface OfficeThemeColours {
  bodyBackgroundColor?: string;
}

/** WCAG relative luminance of #RRGGBB (https://www.w3.org/TR/WCAG21/#dfn-relative-luminance), or null. */
function luminance(colour: string | undefined): number | null {
  const hex = colour?.replace("#", "");
  if (!hex || !/^[0-9a-f]{6}$/i.test(hex)) return null;
  const lin = (c: number) => (c / 255 <= 0.03928 ? c / 255 / 12.92 : ((c / 255 + 0.055) / 1.055) ** 2.4);
  const [r, g, b] = [0, 2, 4].map((i) => lin(parseInt(hex.slice(i, i + 2), 16)));
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/**
 * The pane's theme: high contrast when the system forces its contrast colours (how a Windows contrast
 * theme reaches an add-in's web view: the forced-colors media feature), else dark on Office's dark
 * body (Office.context.officeTheme), light when Office says nothing. Office's own colours alone are
 * not taken as a contrast theme: its White theme is black on white too.
 */
export function officePaneTheme(officeTheme: OfficeThemeColours | undefined, forcedColors = false): PaneTheme {
  if (forcedColors) return "highContrast";
  const body = luminance(officeTheme?.bodyBackgroundColor);
  return body !== null && body < 0.18 ? "dark" : "light";
}
