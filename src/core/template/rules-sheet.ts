import { RULES_SHEET } from "../rules/sheet-pack";
import type { RulePack } from "../rules/schema";
import type { TemplateSheet } from "./model";

/**
 * The pack as a QIPP Rules sheet: its JSON one line per cell down column A, which is how the reader
 * loads a workbook's own pack (packFromRulesSheet joins column A); short cells stay under Excel's
 * 32,767-character cell limit whatever the pack's size.
 */
export function buildRulesSheet(pack: RulePack): TemplateSheet {
  const lines = JSON.stringify(pack, null, 1).split("\n");
  return {
    name: RULES_SHEET,
    rows: lines.map((line) => [{ value: line }]),
    columnWidths: [80],
    freezeRows: 0,
    validations: [],
    highlights: [],
  };
}
