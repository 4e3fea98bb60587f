import { readFileSync } from "node:fs";
import { JSDOM } from "jsdom";

export type ExcelNamespace = typeof Excel;

let loaded: ExcelNamespace | undefined;

/**
 * Microsoft's Excel client library (@microsoft/office-js, excel-web-16.00.debug.js), loaded once into a
 * jsdom window, for tests and the bench on Node. The preview loads the same file with a script tag.
 */
export function nodeExcelLibrary(): ExcelNamespace {
  if (loaded) return loaded;
  const file = require.resolve("@microsoft/office-js/dist/excel-web-16.00.debug.js");
  const dom = new JSDOM("<!doctype html><html><head></head><body></body></html>", { url: "https://localhost/", runScripts: "outside-only" });
  dom.window.eval(readFileSync(file, "utf8"));
  const excel = (dom.window as unknown as { Excel?: ExcelNamespace }).Excel;
  if (!excel?.RequestContext) throw new Error("Microsoft's Excel library did not load: run npm ci (it is the devDependency @microsoft/office-js).");
  loaded = excel;
  return excel;
}
