import { HostError } from "./errors";

/**
 * Excel keeps 15 significant digits, between ±2.2251E-308 and ±9.99999999999999E+307 ("Number precision",
 * "Largest allowed positive number": https://support.microsoft.com/office/excel-specifications-and-limits-1672b34d-7043-467e-8e27-269d656771c3).
 */
export const EXCEL_LARGEST_NUMBER = 9.99999999999999e307;
export const EXCEL_SMALLEST_NUMBER = 2.2251e-308;

/** A number as Excel stores it; what Excel does past the largest is not documented, so the fake host refuses it. */
export function excelNumber(n: number): number {
  if (!Number.isFinite(n) || Math.abs(n) > EXCEL_LARGEST_NUMBER) {
    throw new HostError("InvalidArgument", `Excel cannot hold the number ${n}: the largest is 9.99999999999999E+307.`);
  }
  if (Math.abs(n) < EXCEL_SMALLEST_NUMBER) return 0;
  return Number(n.toPrecision(15));
}
