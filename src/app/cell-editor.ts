import type { CellWrite } from "../core/fixes/model";

/** One cell of the user's own sheet, read and written only when the user clicks Fix or Undo. */
export interface CellEditor {
  /** What the cell holds now (its formula when it has one), so Undo can put it back exactly. */
  read(sheet: string, cell: string): Promise<CellWrite | null>;
  write(sheet: string, cell: string, write: CellWrite | null): Promise<void>;
}
