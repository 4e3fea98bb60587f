import { readFileSync } from "node:fs";
import { parse } from "acorn";
import { JSDOM } from "jsdom";

const script = readFileSync("src/webview/unsupported-webview.js", "utf8");

function page(engineHasEs2020: boolean) {
  const dom = new JSDOM("<!doctype html><html><body><div id=root></div></body></html>", { url: "https://localhost:3000/taskpane.html", runScripts: "outside-only" });
  const w = dom.window as unknown as { Function: FunctionConstructor; eval(code: string): void; validatePlans?: (e: unknown) => void };
  if (!engineHasEs2020) {
    // Internet Explorer 11 and EdgeHTML cannot compile optional chaining.
    w.Function = function () {
      throw new SyntaxError("Expected identifier");
    } as unknown as FunctionConstructor;
  }
  w.eval(script);
  return { dom, w };
}

describe("the sentence for unsupported webviews", () => {
  it("is ES5, so Internet Explorer 11 can run it", () => {
    expect(() => parse(script, { ecmaVersion: 5 })).not.toThrow();
  });

  it("says what is needed where the pane's bundle cannot run, and completes ribbon commands", () => {
    const { dom, w } = page(false);
    expect(dom.window.document.querySelector("[role=alert]")?.textContent).toMatch(/needs Excel for Microsoft 365, Excel 2021 or later, or Excel on the web/);
    const completed = jest.fn();
    w.validatePlans!({ completed });
    expect(completed).toHaveBeenCalled();
  });

  it("does nothing in a current webview", () => {
    const { dom, w } = page(true);
    expect(dom.window.document.querySelector("[role=alert]")).toBeNull();
    expect(w.validatePlans).toBeUndefined();
  });
});
