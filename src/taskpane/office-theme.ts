import type { PaneTheme } from "./App";

interface OfficeThemeColours {
  bodyBackgroundColor?: string;
  bodyForegroundColor?: string;
}

function rgb(colour: string | undefined): [number, number, number] | null {
  const hex = colour?.replace("#", "");
  if (!hex || !/^[0-9a-f]{6}$/i.test(hex)) return null;
  return [0, 2, 4].map((i) => parseInt(hex.slice(i, i + 2), 16)) as [number, number, number];
}

/** WCAG relative luminance (https://www.w3.org/TR/WCAG21/#dfn-relative-luminance). */
function luminance([r, g, b]: [number, number, number]): number {
  const lin = (c: number) => (c / 255 <= 0.03928 ? c / 255 / 12.92 : ((c / 255 + 0.055) / 1.055) ** 2.4);
  return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
}

/**
 * The pane's theme from Office's colours (Office.context.officeTheme) and the system's forced colours.
 * High contrast when Windows forces colours, or when Office's body text stands at least 19:1 from its
 * background (Office's contrast themes: pure black on white or white/yellow on black; its ordinary
 * Black theme is below that). Else dark on a dark body, light when Office says nothing.
 */
export function officePaneTheme(officeTheme: OfficeThemeColours | undefined, forcedColors = false): PaneTheme {
  if (forcedColors) return "highContrast";
  const bg = rgb(officeTheme?.bodyBackgroundColor);
  if (!bg) return "light";
  const fg = rgb(officeTheme?.bodyForegroundColor);
  if (fg) {
    const [hi, lo] = [luminance(fg), luminance(bg)].sort((a, b) => b - a);
    if ((hi + 0.05) / (lo + 0.05) >= 19) return "highContrast";
  }
  return luminance(bg) < 0.18 ? "dark" : "light";
}
