import type ExcelJS from "exceljs";

/** SUM over references on the cell's own sheet (and SUMs of those): the formulas the add-in writes for its totals. */
const SUM_CALL = /^SUM\(([^()]*(?:\([^()]*\)[^()]*)*)\)$/i;
const REFERENCE = /^\$?([A-Z]{1,3})\$?(\d+)(?::\$?([A-Z]{1,3})\$?(\d+))?$/i;

function columnIndex(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

/** Splits "A1,SUM(B1:B2),C3" at its top-level commas. */
function argumentsOf(list: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < list.length; i++) {
    if (list[i] === "(") depth += 1;
    else if (list[i] === ")") depth -= 1;
    else if (list[i] === "," && depth === 0) {
      out.push(list.slice(start, i));
      start = i + 1;
    }
  }
  out.push(list.slice(start));
  return out.map((a) => a.trim());
}

/**
 * Excel's SUM: "If an argument is an array or reference, only numbers in that array or reference are
 * counted. Empty cells, logical values, or text ... are ignored"
 * (https://support.microsoft.com/office/sum-function-043e1c7d-7726-4e80-8f32-07b23e057f89).
 * Returns undefined for any formula that is not such a SUM, or that sums one (the fake host does not calculate it).
 */
export function evaluateSum(formula: string, sheet: ExcelJS.Worksheet, valueOf: (cell: ExcelJS.Cell) => unknown): number | undefined {
  const call = SUM_CALL.exec(formula.replace(/^=/, "").trim());
  if (!call) return undefined;
  let total = 0;
  for (const arg of argumentsOf(call[1])) {
    const nested = evaluateSum(arg, sheet, valueOf);
    if (nested !== undefined) {
      total += nested;
      continue;
    }
    const ref = REFERENCE.exec(arg);
    if (!ref) return undefined;
    const [c1, r1] = [columnIndex(ref[1]), Number(ref[2])];
    const [c2, r2] = ref[3] ? [columnIndex(ref[3]), Number(ref[4])] : [c1, r1];
    for (let r = Math.min(r1, r2); r <= Math.max(r1, r2); r++) {
      for (let c = Math.min(c1, c2); c <= Math.max(c1, c2); c++) {
        const cell = sheet.getCell(r, c);
        // A formula the fake host cannot calculate makes this SUM one it cannot calculate either.
        const inner = (cell.value as { formula?: unknown } | null)?.formula;
        if (typeof inner === "string" && !SUM_CALL.test(inner.replace(/^=/, "").trim())) return undefined;
        const v = valueOf(cell);
        if (typeof v === "number") total += v;
      }
    }
  }
  return total;
}
