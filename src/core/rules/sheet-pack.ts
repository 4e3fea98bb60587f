import { cellText, type SheetGrid } from "../grid";
import { parsePack, type PackResult } from "./load";
import type { RulePack } from "./schema";

export const RULES_SHEET = "QIPP Rules";

/**
 * A workbook's own pack on a "QIPP Rules" sheet: either one JSON document (in a cell, or split
 * down column A), or key/value rows ("parameters.totalTolerance | 2") applied over the bundled pack.
 */
export function packFromRulesSheet(grid: SheetGrid, base: RulePack): PackResult {
  const source = `"${RULES_SHEET}" sheet`;
  const rows = grid.values.map((r) => r.map(cellText));
  const firstColumn = rows.map((r) => r[0] ?? "").filter(Boolean);
  const json = firstColumn.join("\n").trim();
  if (json.startsWith("{")) {
    try {
      return parsePack(JSON.parse(json), source);
    } catch (e) {
      return { ok: false, error: `The ${source} is not valid JSON: ${(e as Error).message}` };
    }
  }
  const pack: Record<string, unknown> = structuredClone(base);
  pack.name = `${base.name} (${RULES_SHEET} sheet)`;
  let keys = 0;
  for (const [key, value] of rows.map((r) => [r[0] ?? "", r[1] ?? ""])) {
    if (!key || key.startsWith("#") || /^key$/i.test(key)) continue;
    if (!/^[A-Za-z][\w-]*(\.[\w-]+)*$/.test(key)) return { ok: false, error: `The ${source} is malformed: "${key}" is not a rule pack key (use a path like parameters.totalTolerance)` };
    setPath(pack, key.split("."), parseValue(value));
    keys++;
  }
  if (keys === 0) return { ok: false, error: `The ${source} is malformed: it holds neither a JSON pack nor key/value rows` };
  return parsePack(pack, source);
}

function parseValue(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

function setPath(target: Record<string, unknown>, path: string[], value: unknown): void {
  let node = target;
  for (const key of path.slice(0, -1)) {
    const next = node[key];
    if (typeof next !== "object" || next === null) node[key] = {};
    node = node[key] as Record<string, unknown>;
  }
  node[path[path.length - 1]] = value;
}
