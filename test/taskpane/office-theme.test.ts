import { officePaneTheme } from "../../src/taskpane/office-theme";

describe("the pane follows Office's theme", () => {
  it.each([
    [undefined, false, "light"],
    [{ bodyBackgroundColor: "#FFFFFF" }, false, "light"],
    [{ bodyBackgroundColor: "#E6E6E6" }, false, "light"],
    [{ bodyBackgroundColor: "#262626" }, false, "dark"],
    [{ bodyBackgroundColor: "#404040" }, false, "dark"],
    [{ bodyBackgroundColor: "#000000" }, false, "dark"],
    [{ bodyBackgroundColor: "#FFFFFF" }, true, "highContrast"],
    [{ bodyBackgroundColor: "#000000" }, true, "highContrast"],
    [{ bodyBackgroundColor: "not a colour" }, false, "light"],
  ])("%j, forced colours %s -> %s", (theme, forced, expected) => {
    expect(officePaneTheme(theme, forced)).toBe(expected);
  });
});
