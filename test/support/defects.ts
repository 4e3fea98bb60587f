import type { PlanLayout } from "./plan-layout";
import type { Prng } from "./prng";
import type { SchemeRecord } from "./schemes";

/** Which scheme (index in sheet order) carries which deliberate problem. */
export interface Defects {
  tbc?: { scheme: number; year: number };
  errors: { scheme: number; year: number; code: string }[];
  negative?: { scheme: number; year: number };
  miscWorkstream?: number;
  purpleRag?: number;
  duplicateRef?: number;
  /** The reference the duplicate copies (the scheme above it). */
  duplicateOf?: string;
  wrongTotal?: number;
}

/** Spreads the problems the layout asks for over distinct schemes (as many as there are schemes for). */
export function chooseDefects(schemes: SchemeRecord[], layout: PlanLayout, rng: Prng): Defects {
  const free = rng.shuffle(schemes.map((_, i) => i));
  const take = (): number | undefined => free.pop();
  const year = () => rng.int(0, schemes[0].savingsPence.length - 1);
  const defects: Defects = { errors: [] };
  if (layout.errorCells) {
    for (const code of ["#REF!", "#DIV/0!"]) {
      const scheme = take();
      if (scheme !== undefined) defects.errors.push({ scheme, year: year(), code });
    }
  }
  if (!layout.badValues) return defects;
  const dup = free.findIndex((i) => i > 0 && schemes[i - 1].organisation === schemes[i].organisation && free.includes(i - 1));
  if (dup >= 0) {
    defects.duplicateRef = free[dup];
    defects.duplicateOf = schemes[free[dup] - 1].ref;
    free.splice(dup, 1);
    free.splice(free.indexOf(defects.duplicateRef - 1), 1);
  }
  const tbc = take();
  if (tbc !== undefined) defects.tbc = { scheme: tbc, year: year() };
  const negative = take();
  if (negative !== undefined) defects.negative = { scheme: negative, year: year() };
  defects.miscWorkstream = take();
  defects.purpleRag = take();
  if (layout.totalColumn) defects.wrongTotal = take();
  return defects;
}
