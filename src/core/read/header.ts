import { cellAt, cellText, type SheetGrid } from "../grid";
import { normalise } from "../rules/match";
import type { RulePack } from "../rules/schema";
import type { FieldName, Year } from "../types";
import type { Unit } from "../money";
import { unitInText } from "./units";
import { yearColumnKind, yearInHeader } from "./years";

export type ColumnRole =
  | { kind: "field"; field: FieldName }
  | { kind: "savings"; year: Year }
  | { kind: "forecast"; year: Year };

export interface Header {
  /** 0-based sheet row of the (last) header row. */
  row: number;
  roles: Map<number, ColumnRole>;
  /** Units stated in individual headers ("Savings 11/12 (£m)"). */
  units: Map<number, Unit>;
  /** Header text by column, to name columns in messages. */
  texts: Map<number, string>;
}

/** Strips unit notes ("(£000)", "£m") so "Total (£000)" matches the alias "Total". */
function headerKey(text: string): string {
  return normalise(text.replace(/\([^)]*\)/g, " ").replace(/£\s*('?000s?|k|m|mn|millions?|thousands?)?/gi, " ").replace(/:\s*$/, ""));
}

const aliasMaps = new WeakMap<RulePack, Map<string, FieldName>>();

function aliasMap(pack: RulePack): Map<string, FieldName> {
  const cached = aliasMaps.get(pack);
  if (cached) return cached;
  const map = new Map<string, FieldName>();
  aliasMaps.set(pack, map);
  for (const [field, spec] of Object.entries(pack.fields) as [FieldName, { aliases: string[] }][]) {
    for (const alias of [field, ...spec.aliases]) if (!map.has(headerKey(alias))) map.set(headerKey(alias), field);
  }
  return map;
}

/**
 * A header matches an alias exactly, or starts with an alias of two or more words
 * ("Scheme reference no." is a scheme reference): the longest such alias wins.
 */
function matchField(key: string, aliases: Map<string, FieldName>): FieldName | undefined {
  const exact = aliases.get(key);
  if (exact || !key.includes(" ") || key.length > 60) return exact;
  let best: [string, FieldName] | undefined;
  for (const [alias, field] of aliases) {
    if (alias.includes(" ") && key.startsWith(alias + " ") && (!best || alias.length > best[0].length)) best = [alias, field];
  }
  return best?.[1];
}

function classifyRow(grid: SheetGrid, row: number, pack: RulePack, aliases: Map<string, FieldName>): Header {
  const header: Header = { row, roles: new Map(), units: new Map(), texts: new Map() };
  const seen = new Set<string>();
  const width = grid.left + (grid.values[row - grid.top]?.length ?? 0);
  for (let col = grid.left; col < width; col++) {
    const text = cellText(cellAt(grid, row, col));
    if (!text) continue;
    header.texts.set(col, text);
    const unit = unitInText(text);
    if (unit) header.units.set(col, unit);
    const year = yearInHeader(text, pack.years);
    if (year) {
      const kind = yearColumnKind(text);
      const key = `${kind}:${year}`;
      if (kind !== "other" && !seen.has(key)) {
        header.roles.set(col, { kind, year });
        seen.add(key);
      }
      continue;
    }
    const field = matchField(headerKey(text), aliases);
    if (field && !seen.has(field)) {
      header.roles.set(col, { kind: "field", field });
      seen.add(field);
    }
  }
  return header;
}

function score(h: Header): number {
  let fields = 0, years = 0;
  for (const role of h.roles.values()) {
    if (role.kind === "field") fields++;
    else if (role.kind === "savings") years++;
  }
  if (fields + Math.min(years, 1) < 3 || (years === 0 && fields < 4)) return 0;
  return fields * 2 + years;
}

/**
 * Finds the scheme table's header row within the first rows of the used range, by the pack's
 * column aliases and year tokens. A two-row header (fields above, years below) is merged.
 */
export function findHeader(grid: SheetGrid, pack: RulePack): Header | undefined {
  const aliases = aliasMap(pack);
  const last = Math.min(grid.top + grid.values.length, grid.top + pack.parameters.headerSearchRows);
  let best: Header | undefined;
  let bestScore = 0;
  let next: Header | undefined;
  for (let row = grid.top; row < last; row++) {
    const h = next ?? classifyRow(grid, row, pack, aliases);
    const below = (next = row + 1 < grid.top + grid.values.length ? classifyRow(grid, row + 1, pack, aliases) : undefined);
    const merged = below && isYearsOnly(below) ? mergeRows(h, below) : h;
    const [s, m] = [score(h), merged !== h ? score(merged) : 0];
    if (m > s && m > bestScore) {
      best = merged;
      bestScore = m;
    } else if (s > bestScore) {
      best = h;
      bestScore = s;
    }
  }
  return best;
}

/** The lower row of a two-row header: year columns and hardly any field names. */
function isYearsOnly(h: Header): boolean {
  const roles = [...h.roles.values()];
  return roles.some((r) => r.kind === "savings") && roles.filter((r) => r.kind === "field").length < 2;
}

function mergeRows(upper: Header, lower: Header): Header {
  const roles = new Map(upper.roles);
  const taken = new Set([...roles.values()].map((r) => (r.kind === "field" ? r.field : `${r.kind}:${r.year}`)));
  for (const [col, role] of lower.roles) {
    const key = role.kind === "field" ? role.field : `${role.kind}:${role.year}`;
    if (!roles.has(col) && !taken.has(key)) roles.set(col, role);
  }
  const texts = new Map(upper.texts);
  for (const [col, t] of lower.texts) texts.set(col, texts.has(col) ? `${texts.get(col)} ${t}` : t);
  return { row: lower.row, roles, units: new Map([...upper.units, ...lower.units]), texts };
}
