import type ExcelJS from "exceljs";
import type { Bounds } from "../../exceljs/cells";

/** What a Range object path resolves to on the host: a block of one sheet. */
export interface RangeTarget {
  sheet: ExcelJS.Worksheet;
  bounds: Bounds;
}
