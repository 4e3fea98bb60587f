import { toThousands } from "../money";
import { exceptionJson } from "../rollup/json";
import type { ByYear } from "../rollup/types";
import type { RagOrUnrated } from "../types";
import type { TrendEntry } from "./trend";
import type { Comparison, LevelChange, RagMatrix } from "./types";

function byYear(years: readonly string[], values: ByYear | null): Record<string, number> | null {
  if (!values) return null;
  const out: Record<string, number> = {};
  for (const year of years) out[year] = toThousands(values[year] ?? 0);
  out.total = toThousands(values.total);
  return out;
}

function bridge(l: LevelChange) {
  return { before: toThousands(l.before), after: toThousands(l.after), new: toThousands(l.new), dropped: toThousands(l.dropped), changed: toThousands(l.changed) };
}

function levelJson(l: LevelChange) {
  return { ...bridge(l), planRagBefore: l.planRagBefore, planRagAfter: l.planRagAfter };
}

function matrixJson<T, U>(m: RagMatrix<T>, map: (v: T) => U): RagMatrix<U> {
  const row = (r: Record<RagOrUnrated, T>) => ({ green: map(r.green), amber: map(r.amber), red: map(r.red), unrated: map(r.unrated) });
  return { green: row(m.green), amber: row(m.amber), red: row(m.red), unrated: row(m.unrated) };
}

/** The `qipp compare --json` document: money in £000 as exact JSON numbers. */
const k = (pence: number | null) => (pence === null ? null : toThousands(pence));

/** The trend's JSON: one entry per version, money in £000. */
export function trendJson(trend: readonly TrendEntry[]) {
  return trend.map((t) => ({
    periodEnd: t.periodEnd,
    workbooks: [...t.workbooks],
    national: { total: k(t.national.total), ytdPlan: k(t.national.ytdPlan), ytdActual: k(t.national.ytdActual), ragCount: { ...t.national.ragCount } },
    organisations: t.organisations.map((o) => ({ name: o.name, total: k(o.total), ytdPlan: k(o.ytdPlan), ytdActual: k(o.ytdActual), planRag: o.planRag })),
  }));
}

export function toCompareJson(c: Comparison, pack: { name: string; version: string }, workbooks: { before: string[]; after: string[] }, trend: readonly TrendEntry[] = []) {
  const years = c.years;
  return {
    pack: { name: pack.name, version: pack.version },
    before: { workbooks: [...workbooks.before] },
    after: { workbooks: [...workbooks.after] },
    schemes: c.schemes.map((s) => ({
      organisation: s.organisation,
      sha: s.shaCode,
      ref: s.ref,
      name: s.name,
      status: s.status,
      matchedBy: s.matchedBy,
      ragBefore: s.ragBefore,
      ragAfter: s.ragAfter,
      before: byYear(years, s.before),
      after: byYear(years, s.after),
    })),
    organisations: c.organisations.map((o) => ({ name: o.name, sha: o.shaCode, ...levelJson(o) })),
    shas: c.shas.map((s) => ({ code: s.code, name: s.name, ...levelJson(s) })),
    shaClusters: c.shaClusters.map((s) => ({ name: s.name, ...levelJson(s) })),
    national: bridge(c.national),
    ragMigration: matrixJson(c.national.migration.count, (n) => n),
    ragMigrationValue: matrixJson(c.national.migration.value, toThousands),
    exceptions: c.exceptions.map((e) => exceptionJson(e)),
    movements: c.movements.map((m) => ({ kind: m.kind, organisation: m.organisation, sha: m.shaCode, ref: m.ref, name: m.name, value: toThousands(m.value), from: m.from, to: m.to, workbook: m.workbook, sheet: m.sheet, cell: m.cell })),
    trend: trendJson(trend),
    notes: [...c.notes],
  };
}

export type CompareJson = ReturnType<typeof toCompareJson>;
