import type { FixDone, QippActions, Result } from "./actions";
import type { CellWrite } from "../core/fixes/model";
import type { CellEditor } from "./cell-editor";

type Attempt = <T>(what: string, action: () => Promise<T>) => Promise<Result<T>>;

const same = (a: CellWrite | null, b: CellWrite | null) =>
  a?.kind === b?.kind && (a?.kind === "formula" ? a.formula.toUpperCase() === (b as { formula: string }).formula.toUpperCase() : a?.kind !== "value" || a.value === (b as { value: unknown }).value);

/** Fix and Undo: one cell each, only when asked. The findings are refreshed by the caller afterwards. */
export function fixActions(cells: CellEditor, attempt: Attempt): Pick<Required<QippActions>, "applyFix" | "applyFixes" | "undoFix"> {
  return {
    applyFix: (fix, choice) =>
      attempt(`fix ${fix.sheet}!${fix.cell}`, async (): Promise<FixDone> => {
        const chosen = fix.choices[choice];
        if (!chosen) throw new Error(`there is no choice ${choice + 1} for this fix`);
        const before = await cells.read(fix.sheet, fix.cell);
        await cells.write(fix.sheet, fix.cell, chosen.write);
        return { fix, sheet: fix.sheet, cell: fix.cell, before, after: chosen.write };
      }),
    applyFixes: (fixes) =>
      attempt(`fix ${fixes.length} cells`, async (): Promise<FixDone> => {
        if (fixes.length === 0 || fixes.some((f) => f.choices.length !== 1)) throw new Error("Fix all needs one obvious fix for every cell");
        const batch: NonNullable<FixDone["batch"]> = [];
        for (const fix of fixes) {
          const before = await cells.read(fix.sheet, fix.cell);
          await cells.write(fix.sheet, fix.cell, fix.choices[0].write);
          batch.push({ sheet: fix.sheet, cell: fix.cell, before, after: fix.choices[0].write });
        }
        return { fix: fixes[0], ...batch[0], batch };
      }),
    undoFix: (done) =>
      attempt(done.batch ? `undo the fix of ${done.batch.length} cells` : `undo the fix of ${done.sheet}!${done.cell}`, async () => {
        if (done.batch) {
          // All or nothing: a cell typed over since would lose the user's edit, so nothing is put back.
          for (const b of done.batch) {
            if (!same(await cells.read(b.sheet, b.cell), b.after)) throw new Error(`${b.sheet}!${b.cell} has changed since the fix, so no cell was put back. Run Validate again`);
          }
          for (const b of done.batch) await cells.write(b.sheet, b.cell, b.before);
          return;
        }
        const now = await cells.read(done.sheet, done.cell);
        // Someone typed over the fix since: putting the old value back would lose their edit.
        if (!same(now, done.after)) throw new Error(`${done.sheet}!${done.cell} has changed since the fix, so it was left as it is. Run Validate again`);
        await cells.write(done.sheet, done.cell, done.before);
      }),
  };
}
