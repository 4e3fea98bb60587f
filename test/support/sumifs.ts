import ExcelJS from "exceljs";
import { PENCE_PER_UNIT } from "./headers";
import { recalcWithLibreOffice } from "./libreoffice";
import type { PlanExpectation } from "./plan-layout";

/** Where a sheet's schemes are, for SUMIFS: what a person would point the formulas at. */
export interface SumifsSource {
  sheet: string;
  firstRow: number;
  lastRow: number;
  yearColumns: Record<string, string>;
  /** A column every scheme fills and no section or total row does: the rows SUMIFS counts. */
  ragColumn: string;
  /** With an organisation column, sum by it (the column must hold pack names exactly)... */
  organisationColumn?: string;
  /** ... else the whole sheet is this organisation's. */
  organisation?: string;
  /** Pence per unit of the sheet's figures (100,000 for £000). */
  pencePerUnit: number;
}

export const ROLLUP_SHEET = "SUMIFS rollup";

export function sumifsSourceOf(sheet: string, expected: PlanExpectation): SumifsSource {
  const unit = { thousands: "£000", millions: "£m", pounds: "£" } as const;
  return {
    sheet,
    firstRow: Math.min(...expected.schemeRows),
    lastRow: Math.max(...expected.schemeRows),
    yearColumns: expected.yearColumns,
    ragColumn: expected.columns.rag ?? "",
    organisationColumn: expected.columns.organisation,
    organisation: expected.columns.organisation ? undefined : expected.organisations[0],
    pencePerUnit: PENCE_PER_UNIT[unit[expected.unit]],
  };
}

function sumifsTerm(src: SumifsSource, organisation: string, year: string): string | undefined {
  const sheet = `'${src.sheet.replace(/'/g, "''")}'`;
  const range = (col: string) => `${sheet}!$${col}$${src.firstRow}:$${col}$${src.lastRow}`;
  const toThousands = src.pencePerUnit === 100_000 ? "" : `*${src.pencePerUnit}/100000`;
  const col = src.yearColumns[year];
  if (src.organisationColumn) return `SUMIFS(${range(col)},${range(src.organisationColumn)},"${organisation.replace(/"/g, '""')}")${toThousands}`;
  return src.organisation === organisation ? `SUMIFS(${range(col)},${range(src.ragColumn)},"<>")${toThousands}` : undefined;
}

/** Adds a sheet of SUMIFS formulas (organisation x year, in £000) with no cached results. */
export async function sumifsRollupWorkbook(xlsx: Buffer, sources: SumifsSource[], organisations: string[], years: string[]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(xlsx as unknown as ExcelJS.Buffer);
  const ws = wb.addWorksheet(ROLLUP_SHEET);
  ws.addRow(["Organisation", ...years]);
  for (const organisation of organisations) {
    const row = ws.addRow([organisation]);
    years.forEach((year, y) => {
      const terms = sources.map((s) => sumifsTerm(s, organisation, year)).filter((t): t is string => t !== undefined);
      row.getCell(y + 2).value = { formula: terms.length ? terms.join("+") : "0" } as ExcelJS.CellFormulaValue;
    });
  }
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** The organisation x year rollup as LibreOffice computes it, in £000. */
export async function libreOfficeRollup(
  xlsx: Buffer, sources: SumifsSource[], organisations: string[], years: string[],
): Promise<Record<string, Record<string, number>>> {
  const recalculated = await recalcWithLibreOffice(await sumifsRollupWorkbook(xlsx, sources, organisations, years));
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(recalculated as unknown as ExcelJS.Buffer);
  const ws = wb.getWorksheet(ROLLUP_SHEET);
  if (!ws) throw new Error(`LibreOffice lost the ${ROLLUP_SHEET} sheet`);
  const out: Record<string, Record<string, number>> = {};
  organisations.forEach((organisation, i) => {
    out[organisation] = Object.fromEntries(years.map((year, y) => [year, numericResult(ws.getRow(i + 2).getCell(y + 2).value)]));
  });
  return out;
}

function numericResult(value: ExcelJS.CellValue): number {
  const v = typeof value === "object" && value !== null && "result" in value ? value.result : value;
  if (typeof v !== "number") throw new Error(`LibreOffice computed ${JSON.stringify(v)}, not a number`);
  return v;
}
