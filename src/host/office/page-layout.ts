import type { OutputSheet } from "../../core/report/model";
import type { SupportsExcelApi } from "./requirements";

/** Worksheet.pageLayout: learn.microsoft.com/javascript/api/excel/excel.pagelayout (ExcelApi 1.9). */
export const PAGE_LAYOUT_EXCEL_API = "1.9";

/**
 * Landscape, one page wide and as many tall as needed (verticalFitToPages 0, as OOXML's fitToHeight="0";
 * learn.microsoft.com/javascript/api/excel/excel.pagelayoutzoomoptions), the header rows on every page
 * (PageLayout.setPrintTitleRows). Hosts below ExcelApi 1.9 print with Excel's defaults.
 */
export function queuePageLayout(sheet: Excel.Worksheet, model: OutputSheet, supports: SupportsExcelApi): void {
  const print = model.print;
  if (!print || !supports(PAGE_LAYOUT_EXCEL_API)) return;
  const layout = sheet.pageLayout;
  layout.orientation = print.landscape ? "Landscape" : "Portrait";
  if (print.fitToWidth) layout.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 };
  if (print.repeatRows) layout.setPrintTitleRows(`$${print.repeatRows.from + 1}:$${print.repeatRows.to + 1}`);
}
