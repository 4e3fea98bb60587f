import { parseA1 } from "../../../core/grid";
import type { Bounds } from "../../exceljs/cells";
import { HostError } from "./errors";

export const MAX_ROWS = 1_048_576;
export const MAX_COLUMNS = 16_384;

/** Parses "A1", "A1:C5", "A:C", "3:5", optionally after "Sheet!" or "'My sheet'!", into 0-based bounds. */
export function parseRangeAddress(address: string): Bounds {
  const local = address.includes("!") ? address.slice(address.lastIndexOf("!") + 1) : address;
  const [from, to = from] = local.split(":");
  const start = corner(from, "start");
  const end = corner(to, "end");
  if (!start || !end || start.row > end.row || start.col > end.col) {
    throw new HostError("InvalidArgument", `The address "${address}" is not valid.`);
  }
  return { top: start.row, left: start.col, bottom: end.row, right: end.col };
}

function corner(part: string, side: "start" | "end"): { row: number; col: number } | undefined {
  const cell = parseA1(part);
  if (cell) return cell;
  if (/^\$?\d+$/.test(part)) {
    return { row: Number(part.replace("$", "")) - 1, col: side === "start" ? 0 : MAX_COLUMNS - 1 };
  }
  const column = parseA1(`${part.replace("$", "")}1`);
  if (column) return { row: side === "start" ? 0 : MAX_ROWS - 1, col: column.col };
  return undefined;
}

export function cellCount(b: Bounds): number {
  return (b.bottom - b.top + 1) * (b.right - b.left + 1);
}
