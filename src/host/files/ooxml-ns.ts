/**
 * The two flavours of SpreadsheetML (ECMA-376 Part 1, and ISO/IEC 29500-1 §A / Part 1 "Strict"):
 * the same markup under other namespace names, and relationship types under the strict
 * relationships namespace. A part we add to a package follows the workbook's flavour, or
 * readers that know one flavour (openpyxl) see only the parts of that one.
 */
export interface Flavour {
  strict: boolean;
  /** Namespace of workbook, worksheet, styles and table markup. */
  main: string;
  /** Namespace of r:id attributes; relationship types are this + "/" + type. */
  rel: string;
}

export const TRANSITIONAL: Flavour = {
  strict: false,
  main: "http://schemas.openxmlformats.org/spreadsheetml/2006/main",
  rel: "http://schemas.openxmlformats.org/officeDocument/2006/relationships",
};

export const STRICT: Flavour = {
  strict: true,
  main: "http://purl.oclc.org/ooxml/spreadsheetml/main",
  rel: "http://purl.oclc.org/ooxml/officeDocument/relationships",
};

/** The namespace of the package's .rels parts, the same in both flavours (OPC, ISO/IEC 29500-2). */
export const PACKAGE_RELS_NS = "http://schemas.openxmlformats.org/package/2006/relationships";

export const isRelNs = (ns: string): boolean => ns === TRANSITIONAL.rel || ns === STRICT.rel;

export const flavourOfNs = (mainNs: string): Flavour => (mainNs === STRICT.main ? STRICT : TRANSITIONAL);

export const relType = (flavour: Flavour, type: string): string => `${flavour.rel}/${type}`;
