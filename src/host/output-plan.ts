import { isAddinSheet, type OutputCell, type OutputSheet } from "../core/report/model";

export interface ExistingSheet {
  name: string;
  /** The value of A2, which tells the add-in's own sheets from a user's. */
  a2: unknown;
}

export interface SheetTarget {
  model: OutputSheet;
  /** The name the sheet ends up with (the wanted one unless a user sheet has it). */
  name: string;
  /** The add-in's earlier sheet that this one replaces, if any. */
  replaces?: string;
  /** A free name to build the new sheet under before it is swapped in. */
  tempName: string;
}

const MAX_SUFFIX = 9;

/** Names a user sheet can never be written over: "<name> (2)", "(3)", ... up to "(9)". */
export function candidateNames(wanted: string): string[] {
  const names = [wanted];
  for (let n = 2; n <= MAX_SUFFIX; n++) names.push(`${wanted} (${n})`);
  return names;
}

export function tempNameFor(name: string): string {
  return `${name}~new`;
}

/** Where each model goes: its own name, or the first "<name> (n)" that is free or already the add-in's. */
export function planTargets(models: OutputSheet[], existing: ExistingSheet[]): { targets: SheetTarget[]; renamed: { wanted: string; used: string }[] } {
  const byName = new Map(existing.map((s) => [s.name.toLowerCase(), s]));
  const taken = new Set<string>();
  const targets: SheetTarget[] = [];
  const renamed: { wanted: string; used: string }[] = [];
  for (const model of models) {
    const name = candidateNames(model.name).find((candidate) => {
      if (taken.has(candidate.toLowerCase())) return false;
      const sheet = byName.get(candidate.toLowerCase());
      return !sheet || isAddinSheet(sheet.a2);
    });
    if (!name) throw new Error(`Every name from "${model.name}" to "${model.name} (${MAX_SUFFIX})" is used by your own sheets: rename one of them, then try again.`);
    taken.add(name.toLowerCase());
    const old = byName.get(name.toLowerCase());
    let tempName = tempNameFor(name);
    while (byName.has(tempName.toLowerCase()) && !isAddinSheet(byName.get(tempName.toLowerCase())?.a2)) tempName += "~";
    targets.push({ model, name, replaces: old?.name, tempName });
    if (name !== model.name) renamed.push({ wanted: model.name, used: name });
  }
  return { targets, renamed };
}

/** Strings get the text format so Excel never reads them as formulas, numbers or dates. */
export function effectiveNumberFormat(cell: OutputCell | undefined): string {
  if (!cell) return "General";
  if (typeof cell.value === "string") return "@";
  return cell.numberFormat ?? "General";
}

/** Columns spanned by the model (its longest row). */
export function modelWidth(model: OutputSheet): number {
  return model.rows.reduce((max, row) => Math.max(max, row.length), 0);
}

/** An in-workbook link target in Excel's form: 'Sheet name'!A1. */
export function linkReference(link: { sheet: string; cell: string }): string {
  return `'${link.sheet.replace(/'/g, "''")}'!${link.cell}`;
}
