/**
 * Exact money. Every amount in the engine is an integer number of pence, so sums never drift;
 * plans state money in £000, so 1 (£000) = 100,000 pence. Integers stay exact up to 2^53 pence
 * (about £90 trillion), far beyond the NHS budget.
 */
export type Pence = number;

export const PENCE_PER_THOUSAND = 100_000;

/** Multipliers from a sheet's unit into £000. */
export const UNIT_SCALE = { thousands: 1, millions: 1000, pounds: 0.001 } as const;
export type Unit = keyof typeof UNIT_SCALE;

/** A figure in the sheet's unit to pence, rounded to the nearest penny. */
export function toPence(value: number, unit: Unit = "thousands"): Pence {
  const pence = Math.round(value * UNIT_SCALE[unit] * PENCE_PER_THOUSAND);
  return Object.is(pence, -0) ? 0 : pence;
}

/** Pence to £000 as a number (for JSON and cells): the nearest double to the exact decimal. */
export function toThousands(pence: Pence): number {
  const v = pence / PENCE_PER_THOUSAND;
  return Object.is(v, -0) ? 0 : v;
}

export function sum(values: readonly Pence[]): Pence {
  let total = 0;
  for (const v of values) total += v;
  return total;
}

/** Share a / b as a fraction, or null when b is zero. */
export function share(part: Pence, whole: Pence): number | null {
  return whole === 0 ? null : part / whole;
}

export type MoneyParse =
  | { kind: "number"; pence: Pence }
  | { kind: "empty" }
  | { kind: "text"; text: string }
  | { kind: "error"; code: string };

const NUMBER_TEXT = /^(-)?(\()?(-)?(\d{1,3}(?:,\d{3})+|\d+)?(\.\d+)?(\))?$/;

/**
 * A money cell as typed by people: numbers, "1,234", "£1,234.50", "(150)" for negatives,
 * "-" or blank for nothing. Anything else is text, never silently a number.
 */
export function parseMoney(value: string | number | boolean | null, unit: Unit = "thousands"): MoneyParse {
  if (value === null) return { kind: "empty" };
  if (typeof value === "number") {
    return Number.isFinite(value) ? { kind: "number", pence: toPence(value, unit) } : { kind: "text", text: String(value) };
  }
  if (typeof value === "boolean") return { kind: "text", text: String(value) };
  const text = value.trim();
  if (text === "" || /^[-–—]$/.test(text)) return { kind: "empty" };
  if (/^#[A-Z/0!?_]+[!?A]?$/.test(text)) return { kind: "error", code: text };
  const n = parseNumberText(text);
  return n === undefined ? { kind: "text", text } : { kind: "number", pence: toPence(n, unit) };
}

/** Numeric text ("1,234.5", "(150)", "£12", "-3") to a number, or undefined. */
export function parseNumberText(text: string): number | undefined {
  const t = text.replace(/\s+/g, "").replace(/[–—]/g, "-");
  if ((t.match(/£/g) ?? []).length > 1) return undefined;
  const m = NUMBER_TEXT.exec(t.replace("£", ""));
  if (!m || (m[4] === undefined && m[5] === undefined)) return undefined;
  if (!!m[2] !== !!m[6]) return undefined;
  if (m[1] && m[3]) return undefined;
  const magnitude = Number((m[4] ?? "0").replace(/,/g, "") + (m[5] ?? ""));
  if (!Number.isFinite(magnitude)) return undefined;
  const negative = !!m[2] || !!m[1] || !!m[3];
  return negative && magnitude !== 0 ? -magnitude : magnitude;
}
