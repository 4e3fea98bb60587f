// Writes samples/sha-workbook-earlier.xlsx: last month's version of samples/sha-workbook.xlsx, for
// `qipp compare` and the pane's "Compare with an earlier version…". Run: npx tsx scripts/make-earlier-sample.ts
import { readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { validateWorkbooks } from "../src/core/pipeline";
import type { Scheme } from "../src/core/types";
import { XlsxWorkbook } from "../src/host/exceljs/workbook";

const SAMPLES = join(import.meta.dirname, "..", "samples");
const BETTER: Record<string, string> = { red: "Amber", amber: "Green", green: "Red" };

async function main(): Promise<void> {
  const later = await readFile(join(SAMPLES, "sha-workbook.xlsx"));
  const host = await XlsxWorkbook.fromBuffer("sha-workbook.xlsx", later);
  const { plans } = validateWorkbooks([{ name: host.name, sheets: await host.readSheets() }]);
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(later as unknown as ArrayBuffer);
  const moves = { rag: 0, renumbered: 0, reduced: 0, replaced: 0 };
  for (const plan of plans) {
    const ws = book.getWorksheet(plan.sheet)!;
    plan.schemes.forEach((s: Scheme, i) => {
      const ref = s.text.schemeRef;
      const name = s.text.schemeName;
      // Last month the RAG differed (so this month reads as a move, worse or better).
      if (i % 9 === 0 && s.text.rag && s.rag !== "unrated") {
        ws.getCell(s.text.rag.cell).value = BETTER[s.rag];
        moves.rag++;
      }
      // Renumbered since: same name, another reference.
      if (i % 9 === 1 && ref) {
        ws.getCell(ref.cell).value = `OLD-${ref.text}`;
        moves.renumbered++;
      }
      // Last month it promised half as much again in its first year (so it has been cut).
      const first = s.savings[Object.keys(s.savings)[0]];
      if (i % 9 === 2 && first && typeof first.raw === "number" && first.raw > 0) {
        const added = Math.round(first.raw * 0.5 * 1000) / 1000;
        ws.getCell(first.cell).value = first.raw + added;
        const total = s.total && ws.getCell(s.total.cell);
        if (total && typeof s.total!.raw === "number") {
          const v = total.value as ExcelJS.CellFormulaValue | number;
          total.value = typeof v === "object" && v && "formula" in v ? { formula: v.formula, result: s.total!.raw + added } as ExcelJS.CellFormulaValue : s.total!.raw + added;
        }
        moves.reduced++;
      }
      // A scheme since dropped, replaced by a new one in the same row.
      if (i % 9 === 3 && ref && name) {
        ws.getCell(ref.cell).value = `X-${ref.text}`;
        ws.getCell(name.cell).value = `${name.text} (pilot)`;
        moves.replaced++;
      }
    });
  }
  await writeFile(join(SAMPLES, "sha-workbook-earlier.xlsx"), Buffer.from(await book.xlsx.writeBuffer()));
  console.log(`sha-workbook-earlier.xlsx: ${JSON.stringify(moves)}`);
}

main().catch((e: unknown) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
