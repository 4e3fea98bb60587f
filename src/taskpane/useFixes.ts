import { useCallback, useState } from "react";
import type { FixDone, QippActions } from "../app/actions";
import type { CellFix } from "../core/fixes/model";

/**
 * One-click fixes: a click writes one cell, then the findings are validated again; Undo puts the
 * cell back. Nothing here runs without a click.
 */
export function useFixes(actions: QippActions, refresh: () => Promise<unknown>, fail: (message: string) => void) {
  const [done, setDone] = useState<FixDone | null>(null);
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
    else setDone(result.value);
    return result.ok;
  });
  const undo = () => step(async () => {
    if (!actions.undoFix || !done) return false;
    const result = await actions.undoFix(done);
    if (!result.ok) fail(result.message);
    else setDone(null);
    return result.ok;
  });
  return { done, busy, apply, undo, available: Boolean(actions.applyFix) };
}
