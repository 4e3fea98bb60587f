import type ExcelJS from "exceljs";
import { findSheet } from "../../exceljs/cells";
import { HostError } from "./errors";

/** ExcelJS orders sheets by this field, which its typings leave out. */
type Ordered = ExcelJS.Worksheet & { orderNo: number };

const INVALID_NAME = /[*?:/\\[\]]|^'|'$/;

/**
 * Excel's rules for a sheet name, "History" reserved among them
 * (https://support.microsoft.com/office/rename-a-worksheet-3f1f7148-ee83-404d-8ef0-9ff99fbad1f9).
 */
export function checkNewName(workbook: ExcelJS.Workbook, name: string, except?: ExcelJS.Worksheet): void {
  if (!name || name.length > 31 || INVALID_NAME.test(name) || name.toLowerCase() === "history") throw new HostError("InvalidArgument", `"${name}" is not a valid worksheet name.`);
  const clash = findSheet(workbook, name);
  if (clash && clash !== except) throw new HostError("ItemAlreadyExists", `A worksheet named "${name}" already exists.`);
}

export function renameSheet(workbook: ExcelJS.Workbook, ws: ExcelJS.Worksheet, name: string): void {
  checkNewName(workbook, name, ws);
  ws.name = name;
}

export function moveSheet(workbook: ExcelJS.Workbook, ws: ExcelJS.Worksheet, position: number): void {
  const order = workbook.worksheets.filter((s) => s !== ws);
  if (position < 0 || position > order.length) throw new HostError("InvalidArgument", `Position ${position} is out of range.`);
  order.splice(position, 0, ws);
  order.forEach((s, i) => ((s as Ordered).orderNo = i + 1));
}
