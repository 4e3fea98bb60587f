/** Types for scripts/xml-lite.js. */
export interface XmlElement {
  name: string;
  attrs: Record<string, string>;
  children: XmlElement[];
  text: string;
  line: number;
}
export declare class XmlError extends Error {}
export declare function parseXml(text: string): XmlElement;
export declare function allElements(element: XmlElement): XmlElement[];
