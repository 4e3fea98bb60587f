import { parseRels, resolveTarget } from "./rels";
import type { ZipPackage } from "./zip-read";

/**
 * Part names a new part must not take (lower case): every part in the zip, every part a content
 * type override names, and every part any relationship points at, even one that is missing (a
 * dangling relationship would otherwise adopt our new part as the user's sheet).
 */
export function takenPartNames(zip: ZipPackage, overrides: string[], skip: (path: string) => boolean): Set<string> {
  const taken = new Set<string>();
  for (const entry of zip.entries) if (!skip(entry.name)) taken.add(entry.name.toLowerCase());
  for (const name of overrides) taken.add(name.replace(/^\//, "").toLowerCase());
  for (const entry of zip.entries) {
    if (!/(^|\/)_rels\/[^/]*\.rels$/i.test(entry.name) || skip(entry.name)) continue;
    let rels;
    try {
      rels = parseRels(zip.text(entry.name));
    } catch {
      continue; // a damaged relationships part names nothing we could collide with
    }
    const source = sourceOf(entry.name);
    for (const rel of rels) if (!rel.external) taken.add(resolveTarget(source, rel.target).toLowerCase());
  }
  return taken;
}

/** The part a relationships part belongs to: xl/_rels/workbook.xml.rels -> xl/workbook.xml; _rels/.rels -> the package. */
export function sourceOf(relsPath: string): string {
  const m = /^(.*?)_rels\/([^/]*)\.rels$/i.exec(relsPath);
  return m ? `${m[1]}${m[2]}` : "";
}

/** The first of rId1, rId2, … not in use. */
export function freeRelId(used: Set<string>): string {
  let n = 1;
  while (used.has(`rId${n}`)) n++;
  return `rId${n}`;
}
