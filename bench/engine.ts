import type { SheetGrid } from "../src/core/grid";
import { buildOutputSheets, rollupPlans, validateWorkbooks } from "../src/core/pipeline";

export interface EngineOutput {
  schemes: number;
  findings: number;
  outputRows: number;
  /** Pence by organisation and year, to check LibreOffice's SUMIFS against. */
  savings: Record<string, Record<string, number>>;
}

/** The engine from grids: read plans, validate, roll up, build the four output sheet models. */
export function runEngine(grids: SheetGrid[]): EngineOutput {
  const validation = validateWorkbooks([{ name: "national.xlsx", sheets: grids }]);
  const rollup = rollupPlans(validation);
  const sheets = buildOutputSheets(validation, rollup, { generatedAt: new Date(Date.UTC(2012, 0, 1)) });
  return {
    schemes: validation.summary.schemes,
    findings: validation.findings.length,
    outputRows: sheets.reduce((n, s) => n + s.rows.length, 0),
    savings: Object.fromEntries(rollup.organisations.map((o) => [o.name, { ...o.savings }])),
  };
}
