import { toThousands, type Pence, type Unit } from "../money";

// Built once: toLocaleString with options builds a new formatter on every call.
const WHOLE = new Intl.NumberFormat("en-GB", { maximumFractionDigits: 0 });
const SMALL = new Intl.NumberFormat("en-GB", { maximumFractionDigits: 2 });
const MINUS = "\u2212";

/**
 * Money in £000 as the sheet shows it: whole thousands with separators ("24,831"); decimals only
 * when a figure is under £10k and not whole, so a £500 difference never reads as 0 or 1.
 */
export function thousands(pence: Pence): string {
  const value = toThousands(pence);
  const text = Math.abs(value) >= 10 || Number.isInteger(value) ? WHOLE.format(Math.abs(value)) : SMALL.format(Math.abs(value));
  return value < 0 && text !== "0" ? `${MINUS}${text}` : text;
}

/** "£820k", "£6.8m" for running prose. */
export function prose(pence: Pence): string {
  const value = toThousands(pence);
  const sign = value < 0 ? MINUS : "";
  const abs = Math.abs(value);
  if (abs >= 1000) return `${sign}£${SMALL.format(Math.round(abs / 100) / 10)}m`;
  return `${sign}£${abs >= 10 || Number.isInteger(abs) ? WHOLE.format(abs) : SMALL.format(abs)}k`;
}

const UNIT_WORDS: Record<Unit, string> = { thousands: "£000", millions: "£m", pounds: "£" };
const SCALE: Record<Unit, number> = { thousands: 100_000, millions: 100_000_000, pounds: 100 };

/** " (the sheet is in £m: 24.8)" when the plan's units are not £000; "" otherwise. */
export function inSheetUnits(pence: Pence, unit: Unit | undefined): string {
  if (!unit || unit === "thousands") return "";
  const value = pence / SCALE[unit];
  const text = new Intl.NumberFormat("en-GB", { maximumFractionDigits: unit === "millions" ? 3 : 2 }).format(Math.abs(value));
  return ` (the sheet is in ${UNIT_WORDS[unit]}: ${value < 0 ? MINUS : ""}${text})`;
}

/** "+1,234", "−6,792", "0": a signed change, never "+ -6,792". */
export function signed(pence: Pence): string {
  const text = thousands(pence);
  return pence > 0 ? `+${text}` : text;
}
