// A strict, small XML reader for the add-in manifest: enough to prove it well-formed (one root,
// matched tags, quoted and unique attributes, known entities) and to walk its elements.
// CommonJS so webpack.config.js and the Jest tests share it without a build step.
"use strict";

const NAME = /^[A-Za-z_][\w.:-]*$/;
const ENTITY = /&(?!(?:amp|lt|gt|quot|apos|#\d+|#x[0-9a-fA-F]+);)/;

class XmlError extends Error {}

function lineOf(text, index) {
  return text.slice(0, index).split("\n").length;
}

function decode(value) {
  return value
    .replace(/&#x([0-9a-fA-F]+);/g, (_, hex) => String.fromCodePoint(parseInt(hex, 16)))
    .replace(/&#(\d+);/g, (_, dec) => String.fromCodePoint(Number(dec)))
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, "&");
}

function parseAttributes(source, text, at) {
  const attrs = {};
  const pattern = /\s+([^\s=/>]+)\s*=\s*("([^"]*)"|'([^']*)')/gy;
  let rest = source;
  let match;
  let consumed = 0;
  while ((match = pattern.exec(rest))) {
    const [, name, , dq, sq] = match;
    const value = dq ?? sq;
    if (!NAME.test(name)) throw new XmlError(`line ${lineOf(text, at)}: bad attribute name "${name}"`);
    if (name in attrs) throw new XmlError(`line ${lineOf(text, at)}: attribute "${name}" given twice`);
    if (value.includes("<") || ENTITY.test(value)) throw new XmlError(`line ${lineOf(text, at)}: bad character in attribute "${name}"`);
    attrs[name] = decode(value);
    consumed = pattern.lastIndex;
  }
  if (rest.slice(consumed).trim() !== "") throw new XmlError(`line ${lineOf(text, at)}: malformed attributes "${rest.slice(consumed).trim()}"`);
  return attrs;
}

/** Parses a document into { name, attrs, children, text, line } elements; throws XmlError with a line number. */
function parseXml(text) {
  const root = { name: "#document", attrs: {}, children: [], text: "", line: 1 };
  const stack = [root];
  const token = /<!--[\s\S]*?-->|<\?[\s\S]*?\?>|<!\[CDATA\[([\s\S]*?)\]\]>|<!DOCTYPE[^>]*>|<\/([^\s>]+)\s*>|<([^\s/>!?]+)((?:\s+[^\s=/>]+\s*=\s*(?:"[^"]*"|'[^']*'))*)\s*(\/?)>|([^<]+)|(<)/g;
  let match;
  while ((match = token.exec(text))) {
    const [whole, cdata, closing, opening, attrSource, selfClose, chars, stray] = match;
    const top = stack[stack.length - 1];
    if (stray !== undefined) throw new XmlError(`line ${lineOf(text, match.index)}: "<" that starts no tag`);
    if (chars !== undefined) {
      if (ENTITY.test(chars)) throw new XmlError(`line ${lineOf(text, match.index)}: "&" that starts no entity`);
      if (stack.length === 1 && chars.trim() !== "") throw new XmlError(`line ${lineOf(text, match.index)}: text outside the root element`);
      top.text += decode(chars);
    } else if (cdata !== undefined) {
      top.text += cdata;
    } else if (closing !== undefined) {
      if (top === root || top.name !== closing) {
        throw new XmlError(`line ${lineOf(text, match.index)}: </${closing}> does not close <${top.name}>`);
      }
      stack.pop();
    } else if (opening !== undefined) {
      if (!NAME.test(opening)) throw new XmlError(`line ${lineOf(text, match.index)}: bad element name "${opening}"`);
      if (top === root && root.children.length > 0) throw new XmlError(`line ${lineOf(text, match.index)}: a second root element`);
      const element = { name: opening, attrs: parseAttributes(attrSource, text, match.index), children: [], text: "", line: lineOf(text, match.index) };
      top.children.push(element);
      if (!selfClose) stack.push(element);
    } else if (whole.startsWith("<?") && match.index !== 0 && whole.startsWith("<?xml ")) {
      throw new XmlError(`line ${lineOf(text, match.index)}: XML declaration not at the start`);
    }
  }
  if (stack.length > 1) throw new XmlError(`<${stack[stack.length - 1].name}> (line ${stack[stack.length - 1].line}) is never closed`);
  if (root.children.length !== 1) throw new XmlError("no root element");
  return root.children[0];
}

/** Every element below (and including) the given one, in document order. */
function allElements(element) {
  return [element, ...element.children.flatMap(allElements)];
}

module.exports = { parseXml, allElements, XmlError };
