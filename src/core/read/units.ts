import type { Unit } from "../money";

/**
 * The money unit a header or title states: £000 by default. "£m" / "£ millions" scale into £000,
 * so do "£" / "pounds" alone; "£'000", "£k", "£ thousands" are £000 already.
 */
export function unitInText(text: string): Unit | undefined {
  const t = text.toLowerCase();
  if (/£\s*'?\s*000|£\s*k\b|£\s*thousands?\b|£\s*000s\b|\bthousands? of pounds\b|\(\s*000s?\s*\)/.test(t)) return "thousands";
  if (/£\s*m\b|£\s*mn\b|£\s*millions?\b|\bmillions? of pounds\b|\(\s*m\s*\)/.test(t)) return "millions";
  if (/\bpounds\b|\(\s*£\s*\)|£\s*$|^\s*£\s*:?$|\bin £(?![\d.])/.test(t)) return "pounds";
  return undefined;
}
