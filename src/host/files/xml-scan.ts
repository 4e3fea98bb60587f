import { unescapeXml } from "./xml";

/**
 * One start or end tag of an XML part, with namespaces resolved as XML Namespaces 1.0 says
 * (https://www.w3.org/TR/xml-names/): `ns` is the element's namespace, `attrs` each attribute by
 * its written name, `attrNs` by "namespace|local" (unprefixed attributes have no namespace).
 * `start`/`end` are offsets in the text, so an edit can splice exactly there and nowhere else.
 */
export interface Tag {
  kind: "open" | "close" | "empty";
  prefix: string;
  local: string;
  ns: string;
  depth: number;
  start: number;
  end: number;
  attrs: Map<string, string>;
  attrNs: Map<string, string>;
  /** Prefix -> namespace in scope inside this element ("" is the default namespace). */
  scope: Map<string, string>;
}

const NAME = /^[^\s/>=]+/;

/**
 * Every tag of a part, in order. Comments, CDATA, processing instructions and DOCTYPE are skipped
 * (a "</sheets>" inside a comment is not a tag). Throws on an unbound prefix or unbalanced tags:
 * we do not edit a part we cannot read exactly. A tokenizer of our own because the browser bundle
 * has no XML parser that keeps offsets (DOMParser loses them and is absent in Node).
 */
export function scanTags(xml: string): Tag[] {
  const tags: Tag[] = [];
  const stack: Tag[] = [];
  const base = new Map<string, string>([["xml", "http://www.w3.org/XML/1998/namespace"]]);
  let scope = base;
  let i = xml.indexOf("<");
  while (i >= 0 && i < xml.length) {
    if (xml.startsWith("<!--", i)) i = after(xml, "-->", i);
    else if (xml.startsWith("<![CDATA[", i)) i = after(xml, "]]>", i);
    else if (xml.startsWith("<?", i)) i = after(xml, "?>", i);
    else if (xml.startsWith("<!", i)) i = after(xml, ">", i);
    else if (xml[i + 1] === "/") {
      const end = after(xml, ">", i);
      const qname = xml.slice(i + 2, end - 1).trim();
      const open = stack.pop();
      if (!open || qualified(open) !== qname) throw new Error(`unbalanced </${qname}>`);
      tags.push({ ...open, kind: "close", start: i, end });
      scope = stack.length ? stack[stack.length - 1].scope : base;
      i = end;
    } else {
      const tag = openTag(xml, i, scope, stack.length);
      tags.push(tag);
      if (tag.kind === "open") {
        stack.push(tag);
        scope = tag.scope;
      }
      i = tag.end;
    }
    i = xml.indexOf("<", i);
  }
  if (stack.length) throw new Error(`<${qualified(stack[stack.length - 1])}> is not closed`);
  return tags;
}

function openTag(xml: string, start: number, outer: Map<string, string>, depth: number): Tag {
  let p = start + 1;
  const qname = NAME.exec(xml.slice(p, p + 200))?.[0];
  if (!qname) throw new Error(`bad tag at ${start}`);
  p += qname.length;
  const raw = new Map<string, string>();
  for (;;) {
    while (/\s/.test(xml[p] ?? "")) p++;
    if (xml[p] === ">" || xml.startsWith("/>", p)) break;
    const name = NAME.exec(xml.slice(p, p + 200))?.[0];
    if (!name) throw new Error(`bad attribute in <${qname}>`);
    p += name.length;
    while (/\s/.test(xml[p] ?? "")) p++;
    if (xml[p] !== "=") throw new Error(`attribute ${name} has no value`);
    p++;
    while (/\s/.test(xml[p] ?? "")) p++;
    const quote = xml[p];
    if (quote !== '"' && quote !== "'") throw new Error(`attribute ${name} is not quoted`);
    const close = xml.indexOf(quote, p + 1);
    if (close < 0) throw new Error(`attribute ${name} is not closed`);
    raw.set(name, unescapeXml(xml.slice(p + 1, close)));
    p = close + 1;
  }
  const empty = xml[p] === "/";
  const scope = new Map(outer);
  for (const [name, value] of raw) {
    if (name === "xmlns") scope.set("", value);
    else if (name.startsWith("xmlns:")) scope.set(name.slice(6), value);
  }
  const [prefix, local] = split(qname);
  const ns = scope.get(prefix);
  if (ns === undefined && prefix) throw new Error(`prefix ${prefix} of <${qname}> is not declared`);
  const attrNs = new Map<string, string>();
  for (const [name, value] of raw) {
    if (name === "xmlns" || name.startsWith("xmlns:")) continue;
    const [ap, al] = split(name);
    const uri = ap ? scope.get(ap) : "";
    if (uri === undefined) throw new Error(`prefix ${ap} of attribute ${name} is not declared`);
    attrNs.set(`${uri}|${al}`, value);
  }
  return { kind: empty ? "empty" : "open", prefix, local, ns: ns ?? "", depth, start, end: p + (empty ? 2 : 1), attrs: raw, attrNs, scope };
}

function split(qname: string): [string, string] {
  const colon = qname.indexOf(":");
  return colon < 0 ? ["", qname] : [qname.slice(0, colon), qname.slice(colon + 1)];
}

const qualified = (t: Tag) => (t.prefix ? `${t.prefix}:${t.local}` : t.local);

function after(xml: string, marker: string, from: number): number {
  const at = xml.indexOf(marker, from + 1);
  if (at < 0) throw new Error("a comment, CDATA section or declaration is not closed");
  return at + marker.length;
}

/** The closing tag that matches an open tag (the tag itself when it is self-closed). */
export function closeOf(tags: Tag[], open: Tag): Tag {
  if (open.kind === "empty") return open;
  return tags.find((t) => t.kind === "close" && t.start > open.start && t.depth === open.depth && t.local === open.local && t.prefix === open.prefix)!;
}

/** A part's XML declaration made to say UTF-8 (we write every changed part as UTF-8), any byte-order mark dropped. */
export function utf8Declaration(xml: string): string {
  const text = xml.charCodeAt(0) === 0xfeff ? xml.slice(1) : xml;
  // Only the declaration is looked at: a regular expression over a whole part would flatten tens of megabytes.
  const end = text.startsWith("<?xml") ? text.indexOf("?>") : -1;
  if (end < 0) return text;
  const head = text.slice(0, end);
  const utf8 = head.replace(/^(<\?xml[^?]*?encoding\s*=\s*)(["'])[^"']*\2/, "$1$2UTF-8$2");
  return utf8 === head ? text : utf8 + text.slice(end);
}
