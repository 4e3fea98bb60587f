import { a1, cellAt, cellText, isBlank, type CellValue, type SheetGrid } from "../grid";
import { normalise } from "../rules/match";

export interface LabelledValue {
  value: CellValue;
  text: string;
  /** A1 address of the value cell. */
  cell: string;
  sheet: string;
}

/**
 * A value next to a label ("Organisation:", "Planned budget") in rows [fromRow, toRow): the next
 * non-empty cell to the right, in any column, or the text after the colon in the label cell itself.
 */
export function findLabelled(grid: SheetGrid, labels: readonly string[], fromRow: number, toRow: number): LabelledValue | undefined {
  const wanted = new Set(labels.map(normalise));
  for (let row = Math.max(fromRow, grid.top); row < Math.min(toRow, grid.top + grid.values.length); row++) {
    const cells = grid.values[row - grid.top] ?? [];
    for (let i = 0; i < cells.length; i++) {
      const text = cellText(cells[i]);
      if (!text || text.length > 60) continue;
      const col = grid.left + i;
      if (wanted.has(normalise(text))) {
        for (let j = i + 1; j < cells.length; j++) {
          if (!isBlank(cells[j])) return { value: cells[j], text: cellText(cells[j]), cell: a1(row, grid.left + j), sheet: grid.name };
        }
        continue;
      }
      const colon = text.indexOf(":");
      if (colon > 0 && wanted.has(normalise(text.slice(0, colon))) && text.slice(colon + 1).trim()) {
        const rest = text.slice(colon + 1).trim();
        return { value: rest, text: rest, cell: a1(row, col), sheet: grid.name };
      }
    }
  }
  return undefined;
}

/** Title rows above a table: all their text, for units stated there ("£m"). */
export function textAbove(grid: SheetGrid, headerRow: number): string[] {
  const out: string[] = [];
  for (let row = grid.top; row < headerRow; row++) {
    for (let col = grid.left; col < grid.left + (grid.values[row - grid.top]?.length ?? 0); col++) {
      const text = cellText(cellAt(grid, row, col));
      if (text) out.push(text);
    }
  }
  return out;
}
