import fc from "fast-check";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { loadWorkbook } from "../../src/cli/inputs";
import { toPence } from "../../src/core/money";
import { validateWorkbooks } from "../../src/core/pipeline";
import { defaultPack } from "../../src/core/rules/load";
import type { RulePack } from "../../src/core/rules/schema";
import { buildPlanTemplate } from "../../src/core/template/build";
import { listValues } from "../../src/core/template/lists";
import { templateWorkbookBuffer } from "../../src/host/exceljs/template";
import { fillTemplate, type RowValues } from "./fill";

const dir = mkdtempSync(join(tmpdir(), "qipp-template-prop-"));
const base = defaultPack();

const packVariant = fc.record({
  firstYear: fc.integer({ min: 2009, max: 2013 }),
  yearCount: fc.integer({ min: 1, max: 5 }),
  refHeader: fc.constantFrom("Project ID", "Initiative ref", "Scheme code"),
  nameHeader: fc.constantFrom("Project title", "Initiative title"),
  workstreamHeader: fc.constantFrom("Programme area", "Work area"),
  ragHeader: fc.constantFrom("Delivery status", "Confidence rating"),
});

interface Variant { firstYear: number; yearCount: number; refHeader: string; nameHeader: string; workstreamHeader: string; ragHeader: string }

function variantPack(v: Variant): RulePack {
  const pack: RulePack = structuredClone(base);
  pack.years = Array.from({ length: v.yearCount }, (_, i) => `${v.firstYear + i}-${String((v.firstYear + i + 1) % 100).padStart(2, "0")}`);
  pack.forecastYear = pack.years[0];
  pack.fields.schemeRef.aliases.unshift(v.refHeader);
  pack.fields.schemeName.aliases.unshift(v.nameHeader);
  pack.fields.workstream.aliases.unshift(v.workstreamHeader);
  pack.fields.rag.aliases.unshift(v.ragHeader);
  return pack;
}

/** Money as a plan holds it: £000 with at most two decimals. */
const thousands = fc.integer({ min: 0, max: 5_000_000 }).map((n) => n / 100);

describe("templates round trip whatever the pack", () => {
  it("a template filled with valid values reads back as exactly those schemes, with no error", async () => {
    let run = 0;
    await fc.assert(fc.asyncProperty(packVariant, fc.array(fc.tuple(fc.nat(), fc.nat(), fc.array(thousands, { minLength: 5, maxLength: 5 })), { minLength: 1, maxLength: 6 }), async (variant, rows) => {
      const pack = variantPack(variant);
      const org = base.organisations[run % base.organisations.length];
      const template = buildPlanTemplate(pack, { organisation: org.name, includePack: true });
      const lists = listValues(pack);
      const typed: RowValues[] = rows.map(([w, r, money], i) => ({
        [variant.refHeader]: `R${i + 1}`,
        [variant.nameHeader]: `Scheme ${i + 1}`,
        [variant.workstreamHeader]: lists.workstream[w % lists.workstream.length],
        [variant.ragHeader]: lists.rag[r % 3],
        ...Object.fromEntries(pack.years.map((y, k) => [`${y} £000`, money[k]])),
      }));
      const path = join(dir, `round-${run++}.xlsx`);
      writeFileSync(path, await fillTemplate(await templateWorkbookBuffer(template), template, typed));
      const result = validateWorkbooks([(await loadWorkbook(path)).grids]);
      expect(result.packInfo.source).toBe("workbook");
      expect(result.findings.filter((f) => f.severity === "error")).toEqual([]);
      expect(result.plans).toHaveLength(1);
      const schemes = result.plans[0].schemes;
      expect(schemes.map((s) => s.text.schemeRef?.text)).toEqual(typed.map((t) => t[variant.refHeader]));
      // Every saving comes back to the penny.
      expect(schemes.map((s) => pack.years.map((y) => s.savings[y].value))).toEqual(rows.map(([, , money]) => pack.years.map((_, k) => toPence(money[k], "thousands"))));
    }), { numRuns: 12 });
  }, 120_000);
});
