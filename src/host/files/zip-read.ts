import type { ZipCodec } from "./codec";
import { unreadable, SAVE_AGAIN } from "./errors";
import { LIMITS, mb } from "./limits";

export interface ZipEntry {
  name: string;
  method: number;
  flags: number;
  crc: number;
  compressedSize: number;
  size: number;
  /** Where the compressed bytes start in the file. */
  dataStart: number;
  time: number;
  date: number;
}

/** A zip package read from its central directory; parts are inflated only when asked for. */
export class ZipPackage {
  readonly entries: ZipEntry[];
  private readonly byName = new Map<string, ZipEntry>();
  private inflated = 0;

  constructor(
    readonly bytes: Uint8Array,
    private readonly codec: ZipCodec,
  ) {
    this.entries = readCentralDirectory(bytes);
    for (const e of this.entries) this.byName.set(e.name.toLowerCase(), e);
  }

  /** Part names are case-insensitive in OPC. */
  entry(name: string): ZipEntry | undefined {
    return this.byName.get(name.replace(/^\//, "").toLowerCase());
  }

  has(name: string): boolean {
    return this.entry(name) !== undefined;
  }

  raw(entry: ZipEntry): Uint8Array {
    return this.bytes.subarray(entry.dataStart, entry.dataStart + entry.compressedSize);
  }

  /** The uncompressed part, within the size limits (a zip bomb ends here, before any memory is taken). */
  read(name: string): Uint8Array | undefined {
    const entry = this.entry(name);
    if (!entry) return undefined;
    if (entry.flags & 1) throw unreadable("encrypted", "remove the password in Excel and save again");
    if (entry.size > LIMITS.partBytes) throw tooLarge(`part ${entry.name} is ${mb(entry.size)} uncompressed (the limit is ${mb(LIMITS.partBytes)})`);
    this.inflated += entry.size;
    if (this.inflated > LIMITS.totalBytes) throw tooLarge(`its parts add up to more than ${mb(LIMITS.totalBytes)} uncompressed`);
    const raw = this.raw(entry);
    if (entry.method === 0) return raw;
    if (entry.method !== 8) throw unreadable(`part ${entry.name} uses zip compression method ${entry.method}`, SAVE_AGAIN);
    try {
      return this.codec.inflate(raw, entry.size);
    } catch {
      throw unreadable(`part ${entry.name} is damaged (its data does not unpack to the size the zip states)`, SAVE_AGAIN);
    }
  }

  text(name: string): string | undefined {
    const data = this.read(name);
    return data === undefined ? undefined : decodeXml(data);
  }
}

/**
 * A part's text in the encoding it declares by its first bytes (XML 1.0 Appendix F): UTF-16 either way
 * round (Excel Mobile and PhpSpreadsheet write workbook parts so), else UTF-8. The byte-order mark is dropped.
 */
export function decodeXml(data: Uint8Array): string {
  const [a, b] = data;
  const label = a === 0xff && b === 0xfe ? "utf-16le" : a === 0xfe && b === 0xff ? "utf-16be" : a === 0x3c && b === 0 ? "utf-16le" : a === 0 && b === 0x3c ? "utf-16be" : "utf-8";
  return new TextDecoder(label).decode(data).replace(/^\uFEFF/, "");
}

export const tooLarge = (what: string) => unreadable(`too large: ${what}`, "split the workbook into smaller files, or remove unused rows and columns, then try again");

const damaged = (what: string) => unreadable(`not a readable zip package (${what})`, SAVE_AGAIN);

function readCentralDirectory(bytes: Uint8Array): ZipEntry[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const eocd = findEndOfCentralDirectory(bytes, view);
  if (eocd < 0) throw damaged("no end of central directory: the file is cut short or is not a zip");
  const count = view.getUint16(eocd + 10, true);
  const offset = view.getUint32(eocd + 16, true);
  if (count === 0xffff || offset === 0xffffffff) throw unreadable("a ZIP64 package", SAVE_AGAIN);
  const entries: ZipEntry[] = [];
  let p = offset;
  for (let i = 0; i < count; i++) {
    if (p + 46 > bytes.length || view.getUint32(p, true) !== 0x02014b50) throw damaged("its central directory is broken");
    const nameLen = view.getUint16(p + 28, true);
    const extraLen = view.getUint16(p + 30, true);
    const commentLen = view.getUint16(p + 32, true);
    const local = view.getUint32(p + 42, true);
    const name = new TextDecoder().decode(bytes.subarray(p + 46, p + 46 + nameLen));
    if (local + 30 > bytes.length || view.getUint32(local, true) !== 0x04034b50) throw damaged(`entry ${name} is missing`);
    const dataStart = local + 30 + view.getUint16(local + 26, true) + view.getUint16(local + 28, true);
    const compressedSize = view.getUint32(p + 20, true);
    if (dataStart + compressedSize > bytes.length) throw damaged(`entry ${name} is cut short`);
    entries.push({
      name, method: view.getUint16(p + 10, true), flags: view.getUint16(p + 8, true), crc: view.getUint32(p + 16, true),
      compressedSize, size: view.getUint32(p + 24, true), dataStart, time: view.getUint16(p + 12, true), date: view.getUint16(p + 14, true),
    });
    p += 46 + nameLen + extraLen + commentLen;
  }
  return entries;
}

function findEndOfCentralDirectory(bytes: Uint8Array, view: DataView): number {
  const stop = Math.max(0, bytes.length - 22 - 0xffff);
  for (let p = bytes.length - 22; p >= stop; p--) if (view.getUint32(p, true) === 0x06054b50) return p;
  return -1;
}
