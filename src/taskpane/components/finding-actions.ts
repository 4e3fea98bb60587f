import type { CellFix } from "../../core/fixes/model";

/** What a list of findings can do: select a finding's cell, offer its one-click fix, fix a whole group. */
export interface FindingActions {
  openWorkbook?: string;
  onSelect: (sheet: string, cell: string) => void;
  fixes?: ReadonlyMap<string, CellFix>;
  fixDisabled: boolean;
  onFix?: (fix: CellFix, choice: number) => void;
  onFixAll?: (fixes: CellFix[]) => void;
}
