import type { CellEditor } from "../app/cell-editor";
import type { TemplateWriter } from "../app/service-template";
import type { SupportsSet } from "../host/office/template";

type Run = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

/** One instance, made on first use: the pane starts without the code behind it. */
function onFirstUse<T>(load: () => Promise<T>): () => Promise<T> {
  let made: Promise<T> | undefined;
  return () => (made ??= load());
}

/** Fix and Undo over Office.js, loaded on the first click of Fix. */
export function lazyCellEditor(run: Run): CellEditor {
  const editor = onFirstUse(async () => (await import(/* webpackChunkName: "office-cells" */ "../host/office/cell-editor")).officeCellEditor(run));
  return {
    read: async (sheet, cell) => (await editor()).read(sheet, cell),
    write: async (sheet, cell, write) => (await editor()).write(sheet, cell, write),
  };
}

/** "New plan sheet…" over Office.js, loaded when it is first used. */
export function lazyTemplateWriter(run: Run, supports: SupportsSet): TemplateWriter {
  const writer = onFirstUse(async () => (await import(/* webpackChunkName: "office-template" */ "../host/office/template")).officeTemplateWriter(run, supports));
  return {
    sheetNames: async () => (await writer()).sheetNames(),
    write: async (template) => (await writer()).write(template),
  };
}
