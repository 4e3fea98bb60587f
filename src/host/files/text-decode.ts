export type TextEncodingName = "utf-8" | "utf-16le" | "utf-16be" | "utf-32le" | "utf-32be";

/**
 * How a text file (CSV) is encoded: by its byte-order mark, else UTF-16 when every other byte is
 * zero (how LibreOffice and Excel save "Unicode text" without a mark), else UTF-8 / Windows-1252.
 */
export function unicodeEncodingOf(bytes: Uint8Array): TextEncodingName | undefined {
  const [a, b, c, d] = bytes;
  if (a === 0xff && b === 0xfe && c === 0 && d === 0) return "utf-32le";
  if (a === 0 && b === 0 && c === 0xfe && d === 0xff) return "utf-32be";
  if (a === 0xff && b === 0xfe) return "utf-16le";
  if (a === 0xfe && b === 0xff) return "utf-16be";
  if (a === 0xef && b === 0xbb && c === 0xbf) return "utf-8";
  const n = Math.min(bytes.length, 4096) & ~1;
  if (n < 2) return undefined;
  let evenZero = 0, oddZero = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenZero++;
    if (bytes[i + 1] === 0) oddZero++;
  }
  const pairs = n / 2;
  if (oddZero === 0 && evenZero >= pairs * 0.9) return "utf-16be";
  if (evenZero === 0 && oddZero >= pairs * 0.9) return "utf-16le";
  return undefined;
}

/** The text of a file in one of those encodings, without its byte-order mark. */
export function decodeUnicode(bytes: Uint8Array, encoding: TextEncodingName): string {
  if (encoding === "utf-32le" || encoding === "utf-32be") {
    // TextDecoder has no UTF-32 (WHATWG Encoding lists none), so code points are read directly.
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    const little = encoding === "utf-32le";
    let out = "";
    for (let i = 0; i + 4 <= bytes.length; i += 4) {
      const cp = view.getUint32(i, little);
      out += cp <= 0x10ffff ? String.fromCodePoint(cp) : "\uFFFD";
    }
    return out.replace(/^\uFEFF/, "");
  }
  return new TextDecoder(encoding).decode(bytes).replace(/^\uFEFF/, "");
}
