import { closeOf, scanTags, type Tag } from "./xml-scan";

/** The root element of a part, and every tag in it. */
export function rootOf(xml: string): { tags: Tag[]; root: Tag } {
  const tags = scanTags(xml);
  const root = tags.find((t) => t.depth === 0 && t.kind !== "close");
  if (!root) throw new Error("the part has no root element");
  return { tags, root };
}

/** The element's own prefix with its colon ("" when it is in the default namespace): children in its namespace use it. */
export const prefixOf = (tag: Tag): string => (tag.prefix ? `${tag.prefix}:` : "");

/** Children added at the end of an element, a self-closed `<x/>` opened up as `<x>…</x>`. */
export function appendInside(xml: string, tags: Tag[], parent: Tag, children: string): string {
  if (parent.kind === "empty") {
    const open = xml.slice(parent.start, parent.end).replace(/\s*\/>$/, ">");
    return xml.slice(0, parent.start) + open + children + `</${prefixOf(parent)}${parent.local}>` + xml.slice(parent.end);
  }
  const close = closeOf(tags, parent);
  return xml.slice(0, close.start) + children + xml.slice(close.start);
}

/** An element removed whole (its start tag to its end tag). */
export function removeElement(xml: string, tags: Tag[], element: Tag): string {
  return xml.slice(0, element.start) + xml.slice(closeOf(tags, element).end);
}

/** One attribute of a start tag set to a new (already escaped) value, the rest of the text as it was. */
export function setAttribute(xml: string, tag: Tag, name: string, escaped: string): string {
  const text = xml.slice(tag.start, tag.end);
  const re = new RegExp(`(\\s${name.replace(/[.:]/g, "\\$&")}\\s*=\\s*)("[^"]*"|'[^']*')`);
  const next = re.test(text) ? text.replace(re, (_m, head: string) => `${head}"${escaped}"`) : text.replace(/\s*(\/?>)$/, (_m, end: string) => ` ${name}="${escaped}"${end}`);
  return xml.slice(0, tag.start) + next + xml.slice(tag.end);
}
