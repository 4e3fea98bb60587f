import { unicodeEncodingOf } from "./text-decode";

export type FileKind = "zip" | "cfb" | "biff" | "csv" | "text-workbook" | "empty" | "unknown";

const has = (bytes: Uint8Array, sig: number[]) => sig.every((b, i) => bytes[i] === b);

/** What a file is, from its first bytes (its extension only decides between text formats). */
export function detectKind(bytes: Uint8Array, fileName: string): FileKind {
  if (bytes.length === 0) return "empty";
  if (has(bytes, [0x50, 0x4b, 0x03, 0x04]) || has(bytes, [0x50, 0x4b, 0x05, 0x06])) return "zip";
  if (has(bytes, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) return "cfb";
  if (isBareBiff(bytes)) return "biff";
  if (/\.(csv|tsv|txt)$/i.test(fileName) && unicodeEncodingOf(bytes)) return "csv";
  const head = new TextDecoder("utf-8").decode(bytes.subarray(0, 512)).replace(/^\uFEFF/, "").trimStart().toLowerCase();
  if (/^<(\?xml|html|!doctype html|table)/.test(head) && /\.(xls|xml|html?)$/i.test(fileName)) return "text-workbook";
  if (/\.(csv|tsv|txt)$/i.test(fileName) && looksLikeText(bytes)) return "csv";
  return "unknown";
}

/**
 * A BIFF2, BIFF3 or BIFF4 worksheet (Excel 2.x-4.0), saved as a bare record stream before Excel 5
 * put workbooks in an OLE container: it starts with a BOF record, id 0x0009, 0x0209 or 0x0409.
 */
function isBareBiff(bytes: Uint8Array): boolean {
  return bytes.length >= 8 && bytes[0] === 0x09 && [0x00, 0x02, 0x04].includes(bytes[1]) && bytes[3] === 0 && bytes[2] >= 4 && bytes[2] <= 16;
}

function looksLikeText(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, 4096);
  for (let i = 0; i < n; i++) if (bytes[i] === 0) return false;
  return true;
}

/** An OLE container holding an encrypted Office package (how Excel saves a password-protected .xlsx). */
export function isEncryptedPackage(bytes: Uint8Array): boolean {
  const needle = [..."EncryptedPackage"].flatMap((c) => [c.charCodeAt(0), 0]);
  const limit = Math.min(bytes.length, 1 << 20) - needle.length;
  outer: for (let i = 0; i < limit; i++) {
    for (let j = 0; j < needle.length; j++) if (bytes[i + j] !== needle[j]) continue outer;
    return true;
  }
  return false;
}
