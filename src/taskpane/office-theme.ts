import type { PaneTheme } from "./App";

/** Dark when Office's body background is dark; light when Office says nothing. */
export function officePaneTheme(officeTheme: { bodyBackgroundColor?: string } | undefined): PaneTheme {
  const hex = officeTheme?.bodyBackgroundColor?.replace("#", "");
  if (!hex || !/^[0-9a-f]{6}$/i.test(hex)) return "light";
  const [r, g, b] = [0, 2, 4].map((i) => parseInt(hex.slice(i, i + 2), 16));
  const luminance = (0.299 * r + 0.587 * g + 0.114 * b) / 255;
  return luminance < 0.5 ? "dark" : "light";
}
