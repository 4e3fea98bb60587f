import { useCallback, useState } from "react";
import type { FixDone, QippActions } from "../app/actions";
import type { CellFix } from "../core/fixes/model";
import { staleLines } from "../core/messages/pane";

/**
 * One-click fixes: a click writes one cell, then the findings are validated again; Undo puts the
 * cell back. Nothing here runs without a click.
 */
export function useFixes(actions: QippActions, refresh: () => Promise<unknown>, fail: (message: string) => void, changed: (reason: string) => void = () => undefined) {
  const [done, setDone] = useState<FixDone | null>(null);
  /** The cell an undo put back, so focus can land on its finding once the list is fresh. */
  const [undone, setUndone] = useState<{ sheet: string; cell: string; at: number } | null>(null);
  const [busy, setBusy] = useState(false);
  const step = useCallback(async (call: () => Promise<boolean>) => {
    setBusy(true);
    try {
      if (await call()) await refresh();
    } finally {
      setBusy(false);
    }
  }, [refresh]);

  const apply = (fix: CellFix, choice: number) => step(async () => {
    if (!actions.applyFix) return false;
    const result = await actions.applyFix(fix, choice);
    if (!result.ok) fail(result.message);
    else {
      setDone(result.value);
      setUndone(null);
      changed(staleLines.fix);
    }
    return result.ok;
  });
  const applyAll = (fixes: CellFix[]) => step(async () => {
    if (!actions.applyFixes) return false;
    const result = await actions.applyFixes(fixes);
    if (!result.ok) fail(result.message);
    else {
      setDone(result.value);
      setUndone(null);
      changed(staleLines.fix);
    }
    return result.ok;
  });
  const undo = () => step(async () => {
    if (!actions.undoFix || !done) return false;
    const result = await actions.undoFix(done);
    if (!result.ok) fail(result.message);
    else {
      setUndone({ sheet: done.sheet, cell: done.cell, at: Date.now() });
      setDone(null);
      changed(staleLines.undo);
    }
    return result.ok;
  });
  return { done, busy, apply, applyAll, undo, undone, available: Boolean(actions.applyFix) };
}
