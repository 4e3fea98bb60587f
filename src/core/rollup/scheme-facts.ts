import type { Pence } from "../money";
import type { Scheme, TextField, Year } from "../types";

/** A scheme's four-year savings, pence. */
export function schemeTotal(scheme: Scheme, years: readonly Year[]): Pence {
  let total = 0;
  for (const year of years) total += scheme.savings[year]?.value ?? 0;
  return total;
}

export function schemeText(scheme: Scheme, field: TextField): string {
  return scheme.text[field]?.text.trim() ?? "";
}

/** The cell of a field, else the scheme reference's, else column A of its row. */
export function schemeCell(scheme: Scheme, field: TextField): string {
  return scheme.text[field]?.cell ?? scheme.text.schemeRef?.cell ?? `A${scheme.row}`;
}

/** Plan and forecast for the forecast year; forecast null when the scheme has none. */
export function forecastFacts(scheme: Scheme, forecastYear: Year): { planned: Pence; forecast: Pence | null; cell: string | null } {
  const amount = scheme.forecast[forecastYear];
  return { planned: scheme.savings[forecastYear]?.value ?? 0, forecast: amount?.value ?? null, cell: amount?.cell ?? null };
}
