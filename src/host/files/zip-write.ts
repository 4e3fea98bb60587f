import type { ZipCodec } from "./codec";
import { crc32 } from "./crc32";
import type { ZipEntry, ZipPackage } from "./zip-read";

/** A new part's content deflated, with what the zip records about it. */
export interface DeflatedPart {
  body: Uint8Array;
  crc: number;
  size: number;
}

/** A part to write: copied as it is (compressed bytes and all) from the original, new content, or new content deflated already. */
export type ZipPart = { name: string; copy: ZipEntry } | { name: string; data: Uint8Array } | { name: string; deflated: DeflatedPart };

/** New content deflated (large parts at level 1: see FAST_DEFLATE_BYTES), so its bytes need not be kept. */
export function deflatePart(data: Uint8Array, codec: ZipCodec): DeflatedPart {
  return { body: codec.deflate(data, data.length >= FAST_DEFLATE_BYTES), crc: (codec.crc32 ?? crc32)(data), size: data.length };
}

const encoder = new TextEncoder();
/**
 * New parts of at least this size are deflated at level 1. Measured on the 55 MB QIPP Delivery part of
 * 50,000 schemes: level 1 took 111 ms against level 6's 380 ms, for a part 24% larger (7.0 MB against 5.6 MB).
 */
export const FAST_DEFLATE_BYTES = 8 * 1024 * 1024;

/** Writes a zip: copied parts keep their exact compressed bytes, CRC and time; new ones are deflated. */
export function writeZip(parts: ZipPart[], from: ZipPackage | undefined, codec: ZipCodec): Uint8Array {
  const chunks: Uint8Array[] = [];
  const central: Uint8Array[] = [];
  let offset = 0;
  const now = dosTime(new Date());
  for (const part of parts) {
    const name = encoder.encode(part.name);
    let meta: { method: number; crc: number; compressedSize: number; size: number; time: number; date: number };
    let body: Uint8Array;
    if ("copy" in part) {
      if (!from) throw new Error("a copied part needs its package");
      const e = part.copy;
      body = from.raw(e);
      meta = { method: e.method, crc: e.crc, compressedSize: e.compressedSize, size: e.size, time: e.time, date: e.date };
    } else {
      const d = "deflated" in part ? part.deflated : deflatePart(part.data, codec);
      body = d.body;
      meta = { method: 8, crc: d.crc, compressedSize: body.length, size: d.size, ...now };
    }
    const local = header(30, name, meta, 0x04034b50);
    chunks.push(local, body);
    const dir = header(46, name, meta, 0x02014b50);
    new DataView(dir.buffer).setUint32(42, offset, true);
    central.push(dir);
    offset += local.length + body.length;
  }
  const dirSize = central.reduce((n, c) => n + c.length, 0);
  const end = new Uint8Array(22);
  const v = new DataView(end.buffer);
  v.setUint32(0, 0x06054b50, true);
  v.setUint16(8, parts.length, true);
  v.setUint16(10, parts.length, true);
  v.setUint32(12, dirSize, true);
  v.setUint32(16, offset, true);
  const out = new Uint8Array(offset + dirSize + 22);
  let p = 0;
  for (const c of [...chunks, ...central, end]) {
    out.set(c, p);
    p += c.length;
  }
  return out;
}

function header(size: number, name: Uint8Array, m: { method: number; crc: number; compressedSize: number; size: number; time: number; date: number }, signature: number): Uint8Array {
  const h = new Uint8Array(size + name.length);
  const v = new DataView(h.buffer);
  v.setUint32(0, signature, true);
  const central = size === 46 ? 2 : 0; // the central header has "version made by" before the rest
  if (central) v.setUint16(4, 20, true);
  v.setUint16(4 + central, 20, true);
  v.setUint16(6 + central, 0x0800, true); // UTF-8 names
  v.setUint16(8 + central, m.method, true);
  v.setUint16(10 + central, m.time, true);
  v.setUint16(12 + central, m.date, true);
  v.setUint32(14 + central, m.crc, true);
  v.setUint32(18 + central, m.compressedSize, true);
  v.setUint32(22 + central, m.size, true);
  v.setUint16(26 + central, name.length, true);
  h.set(name, size);
  return h;
}

function dosTime(d: Date): { time: number; date: number } {
  return {
    time: (d.getHours() << 11) | (d.getMinutes() << 5) | (d.getSeconds() >> 1),
    date: (Math.max(0, d.getFullYear() - 1980) << 9) | ((d.getMonth() + 1) << 5) | d.getDate(),
  };
}
