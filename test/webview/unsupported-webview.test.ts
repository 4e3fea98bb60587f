import { readFileSync } from "node:fs";
import { parse } from "acorn";
import { JSDOM } from "jsdom";

const script = readFileSync("src/webview/unsupported-webview.js", "utf8");

/** Enough of office.js for the fallback: onReady, actions.associate and a dialog the test opens and closes. */
function fakeOffice(opens: boolean) {
  const office = {
    ready: [] as (() => void)[],
    associated: [] as string[],
    dialogHandlers: [] as (() => void)[],
    closed: 0,
    EventType: { DialogEventReceived: "dialogEventReceived" },
    onReady(callback: () => void) {
      office.ready.push(callback);
    },
    actions: { associate: (name: string) => void office.associated.push(name) },
    context: {
      ui: {
        displayDialogAsync(_url: string, _options: unknown, callback: (r: { status: string; value?: unknown }) => void) {
          const dialog = { close: () => void office.closed++, addEventHandler: (_type: string, handler: () => void) => void office.dialogHandlers.push(handler) };
          callback(opens ? { status: "succeeded", value: dialog } : { status: "failed" });
        },
      },
    },
  };
  return office;
}

function page(engineHasEs2020: boolean, office?: ReturnType<typeof fakeOffice>) {
  const dom = new JSDOM("<!doctype html><html><body><div id=root></div></body></html>", { url: "https://localhost:3000/taskpane.html", runScripts: "outside-only" });
  const w = dom.window as unknown as { Function: FunctionConstructor; eval(code: string): void; validatePlans?: (e: unknown) => void; Office?: unknown };
  if (office) w.Office = office;
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

  it("initialises Office.js and completes a command only when its dialog closes", () => {
    const office = fakeOffice(true);
    const { w } = page(false, office);
    expect(office.ready).toHaveLength(1);
    office.ready[0]();
    expect(office.associated).toEqual(["validatePlans", "buildRollups"]);
    const completed = jest.fn();
    w.validatePlans!({ completed });
    expect(completed).not.toHaveBeenCalled();
    office.dialogHandlers[0]();
    expect(completed).toHaveBeenCalledTimes(1);
  });

  it("completes at once when the dialog cannot open", () => {
    const office = fakeOffice(false);
    const { w } = page(false, office);
    const completed = jest.fn();
    w.validatePlans!({ completed });
    expect(completed).toHaveBeenCalledTimes(1);
  });

  it("does nothing in a current webview", () => {
    const { dom, w } = page(true);
    expect(dom.window.document.querySelector("[role=alert]")).toBeNull();
    expect(w.validatePlans).toBeUndefined();
  });
});
