import type { Prng } from "./prng";

/**
 * A figure as people type it into a text cell: "1,234", "£1,234.50", "(150)" for a negative, "-" for
 * nothing. Every spelling parses back to exactly the same number.
 */
export function moneyText(value: number, rng: Prng): string {
  if (value === 0) return "-";
  const currency = rng.chance(0.4);
  const body = grouped(Math.abs(value), currency);
  const withSign = currency ? `£${body}` : body;
  return value < 0 ? `(${withSign})` : withSign;
}

function grouped(magnitude: number, twoDecimals: boolean): string {
  // toFixed(9) then trim: shows every decimal the figure has (£m figures have up to 6).
  let [whole, fraction = ""] = magnitude.toFixed(9).split(".");
  fraction = fraction.replace(/0+$/, "");
  if (twoDecimals && fraction.length > 0 && fraction.length < 2) fraction = fraction.padEnd(2, "0");
  whole = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ",");
  return fraction ? `${whole}.${fraction}` : whole;
}
