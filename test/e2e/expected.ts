import { readFileSync } from "node:fs";
import { join } from "node:path";
import { toThousands } from "../../src/core/money";
import { rollupPlans, validateWorkbooks } from "../../src/core/pipeline";
import { XlsxWorkbook } from "../../src/host/exceljs/workbook";

export const SAMPLES = join(__dirname, "..", "..", "samples");
export const SAMPLE = join(SAMPLES, "sha-workbook.xlsx");

export interface Expected {
  findings: number;
  /** "Sheet!A1" of every finding at a cell. */
  cells: Set<string>;
  englandThousands: string;
}

/** What the pane must show for the sample, computed by the engine itself in node. */
export async function expectedForSample(): Promise<Expected> {
  const data = readFileSync(SAMPLE);
  const workbook = await XlsxWorkbook.fromBuffer("sha-workbook.xlsx", data);
  const validation = validateWorkbooks([{ name: workbook.name, sheets: await workbook.readSheets() }]);
  const rollup = rollupPlans(validation);
  const england = toThousands(rollup.national.qippSavings.total);
  return {
    findings: validation.findings.length,
    cells: new Set(validation.findings.filter((f) => f.cell !== "").map((f) => `${f.sheet}!${f.cell}`)),
    englandThousands: new Intl.NumberFormat("en-GB", { maximumFractionDigits: 0 }).format(england),
  };
}
