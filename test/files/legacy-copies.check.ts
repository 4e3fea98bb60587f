import { readFileSync } from "node:fs";
import { join } from "node:path";
import { rollupPlans, validateWorkbooks } from "../../src/core/pipeline";
import { toRollupJson } from "../../src/core/rollup";
import { readSpreadsheet } from "../../src/host/files/read";
import { convertWithLibreOffice } from "../support/libreoffice-convert";

jest.setTimeout(300_000);

const SAMPLES = ["clean-plan.xlsx", "messy-plan.xlsx", "sha-workbook.xlsx"];

/** Findings and totals of one workbook, without its file name (which differs between the copies). */
async function outcome(name: string, bytes: Uint8Array) {
  const file = await readSpreadsheet(name, bytes);
  const validation = validateWorkbooks([{ name: "plan", sheets: file.sheets }]);
  const findings = validation.findings.map(({ rule, severity, sheet, cell, field, value, message }) => ({ rule, severity, sheet, cell, field, value, message }));
  const rollup = toRollupJson(rollupPlans(validation), validation.packInfo);
  return { format: file.format, findings, summary: validation.summary, national: rollup.national, organisations: rollup.organisations };
}

describe("an .xls or .ods copy of a plan (saved by LibreOffice) gives the same findings and totals as its .xlsx", () => {
  const files = SAMPLES.map((name) => ({ name, bytes: new Uint8Array(readFileSync(join(__dirname, "../../samples", name))) }));

  // LibreOffice reads .xlsb but cannot save it: the corpus test holds calamine's .xlsb files instead.
  it.each([["xls", "xls:MS Excel 97"], ["ods", "ods"]])("%s", async (format, filter) => {
    const copies = await convertWithLibreOffice(files, filter);
    for (const f of files) {
      const copy = copies.get(f.name);
      expect({ sample: f.name, converted: copy !== undefined }).toEqual({ sample: f.name, converted: true });
      const original = await outcome(f.name, f.bytes);
      const legacy = await outcome(f.name.replace(/xlsx$/, format), new Uint8Array(copy!));
      expect(legacy.format).toBe(format);
      expect(original.summary.schemes).toBeGreaterThan(0);
      expect({ sample: f.name, ...legacy, format: "-" }).toEqual({ sample: f.name, ...original, format: "-" });
    }
  });
});
