import fc from "fast-check";
import { SaxesParser } from "saxes";
import { scanTags } from "../../src/host/files/xml-scan";

const URIS = ["urn:a", "urn:b", "urn:c"];
const PREFIXES = ["", "p", "q", "r"];

interface Node { prefix: string; declare: [string, string][]; attr?: [string, string]; children: Node[]; text: string }

const node: fc.Memo<Node> = fc.memo((n) =>
  fc.record({
    prefix: fc.constantFrom(...PREFIXES),
    declare: fc.array(fc.tuple(fc.constantFrom(...PREFIXES), fc.constantFrom(...URIS)), { maxLength: 2 }),
    attr: fc.option(fc.tuple(fc.constantFrom("", "p", "q"), fc.constantFrom("x", "a>b", "c'd", "<!-- -->")), { nil: undefined }),
    children: n > 1 ? fc.array(node(n - 1), { maxLength: 3 }) : fc.constant([]),
    text: fc.constantFrom("", "t", "<!-- </z> -->", "<![CDATA[</y>]]>", "&amp;"),
  }),
);

/** Writes the tree, declaring every prefix it uses on the element (so it is always well-formed) plus random redeclarations. */
function write(n: Node): string {
  const decl = new Map<string, string>(n.declare);
  if (!decl.has(n.prefix)) decl.set(n.prefix, "urn:a");
  if (n.attr?.[0] && !decl.has(n.attr[0])) decl.set(n.attr[0], "urn:b");
  const ds = [...decl].map(([p, u]) => (p ? ` xmlns:${p}="${u}"` : ` xmlns="${u}"`)).join("");
  const q = n.prefix ? `${n.prefix}:e` : "e";
  const at = n.attr ? ` ${n.attr[0] ? n.attr[0] + ":" : ""}k="${n.attr[1].replace(/&/g, "&amp;").replace(/</g, "&lt;")}"` : "";
  const inner = n.text + n.children.map(write).join("");
  return inner ? `<${q}${ds}${at}>${inner}</${q}>` : `<${q}${ds}${at}/>`;
}

describe("scanTags resolves namespaces as a conforming parser does", () => {
  it("gives every element the namespace, and every attribute the value, that saxes (xmlns: true) gives", () => {
    let checked = 0;
    fc.assert(
      fc.property(node(4), (tree) => {
        const xml = `<?xml version="1.0"?>${write(tree)}`;
        const expected: string[] = [];
        const parser = new SaxesParser({ xmlns: true });
        parser.on("opentag", (t) => expected.push(`${t.uri}|${t.local}|${Object.values(t.attributes).filter((a) => a.prefix !== "xmlns" && a.name !== "xmlns").map((a) => `${a.uri}|${a.local}=${a.value}`).join(",")}`));
        parser.write(xml).close();
        const got = scanTags(xml).filter((t) => t.kind !== "close").map((t) => `${t.ns}|${t.local}|${[...t.attrNs].map(([k, v]) => `${k}=${v}`).join(",")}`);
        expect(got).toEqual(expected);
        checked++;
      }),
    );
    expect(checked).toBeGreaterThan(50);
  });

  it("refuses an unbound prefix and unbalanced tags instead of guessing", () => {
    expect(() => scanTags('<a xmlns="urn:a"><r:b/></a>')).toThrow(/prefix r/);
    expect(() => scanTags("<a><b></a>")).toThrow(/unbalanced/);
    expect(() => scanTags("<a>")).toThrow(/not closed/);
  });
});
