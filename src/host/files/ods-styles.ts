import { unzipSync, zipSync, type Zippable } from "fflate";
import { portableCodec } from "./codec";
import { ZipPackage } from "./zip-read";

/** An empty ODF styles document: every style is optional (ODF 1.2 Part 1, 3.1.3.3 office:document-styles). */
const EMPTY_STYLES = '<?xml version="1.0" encoding="UTF-8"?><office:document-styles xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" office:version="1.2"/>';

/**
 * An .ods without styles.xml (LibreOffice opens it; some writers leave it out) given an empty one,
 * because SheetJS refuses the package without it. The user's file is not touched: this is the copy we read.
 */
export function withOdsStyles(bytes: Uint8Array): Uint8Array {
  if (new ZipPackage(bytes, portableCodec).has("styles.xml")) return bytes;
  const files = unzipSync(bytes);
  const zippable: Zippable = { ...files, "styles.xml": new TextEncoder().encode(EMPTY_STYLES) };
  return zipSync(zippable);
}
