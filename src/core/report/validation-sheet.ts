import type { Finding, Plan } from "../types";
import { countBySeverity, plural } from "./findings";
import { sheetTop, type ReportMeta } from "./header";
import type { OutputCell, OutputSheet } from "./model";
import { SEVERITY_STYLE, text } from "./styles";
import { ruleTitle, severityWord } from "../messages/rules";
import { fieldLabel } from "../messages/findings";

const HEADERS = ["Severity", "Rule", "Workbook", "Sheet", "Cell", "Field", "Value", "Message"];

/** Findings, one a row, each linked to its cell when that cell is in the open workbook. */
export function validationSheet(findings: readonly Finding[], plans: readonly Plan[], meta: ReportMeta): OutputSheet {
  const counts = countBySeverity(findings);
  const schemes = plans.reduce((n, p) => n + p.schemes.length, 0);
  const summary =
    `${plural(counts.error, "error")}, ${plural(counts.warning, "warning")}, ${plural(counts.info, "note")} ` +
    `in ${plural(plans.length, "plan")} (${plural(schemes, "scheme")})`;
  const { rows, headerRow } = sheetTop("QIPP Validation", meta, HEADERS, [[{ value: summary }]]);
  const openWorkbook = meta.workbooks[0];

  for (const f of findings) {
    const cell: OutputCell = text(f.cell);
    if (f.cell !== "" && f.workbook === openWorkbook) cell.link = { sheet: f.sheet, cell: f.cell };
    rows.push([
      { value: severityWord(f.severity), ...SEVERITY_STYLE[f.severity] },
      text(ruleTitle(f.rule)),
      text(f.workbook),
      text(f.sheet),
      cell,
      text(fieldLabel(f.field)),
      // Numbers stay numbers; any text (even "=SUM(") stays text.
      { value: f.value },
      text(f.message),
    ]);
  }
  if (findings.length === 0) rows.push([{ value: "No findings: every plan passed the rules." }]);

  return {
    name: "QIPP Validation",
    rows,
    columnWidths: [10, 22, 24, 22, 8, 18, 20, 80],
    freezeRows: headerRow + 1,
    ...(findings.length > 0 ? { table: { name: "QIPP_Findings", headerRow, columnCount: HEADERS.length } } : {}),
  };
}
