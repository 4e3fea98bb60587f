import { attr, elements } from "./xml";

export interface Relationship {
  id: string;
  type: string;
  target: string;
  external: boolean;
}

export function parseRels(xml: string | undefined): Relationship[] {
  if (!xml) return [];
  return elements(xml, "Relationship").map((a) => ({
    id: attr(a, "Id") ?? "",
    type: attr(a, "Type") ?? "",
    target: attr(a, "Target") ?? "",
    external: attr(a, "TargetMode") === "External",
  }));
}

/** The rels part beside a part: xl/workbook.xml -> xl/_rels/workbook.xml.rels. */
export function relsPathOf(part: string): string {
  const slash = part.lastIndexOf("/");
  return `${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`;
}

/** A relationship target resolved against the part that holds it (absolute targets start with "/"). */
export function resolveTarget(fromPart: string, target: string): string {
  if (target.startsWith("/")) return target.slice(1);
  const base = fromPart.split("/").slice(0, -1);
  for (const seg of target.split("/")) {
    if (seg === "..") base.pop();
    else if (seg !== "." && seg !== "") base.push(seg);
  }
  return base.join("/");
}
