import * as zlib from "node:zlib";
import { deflateRawSync, inflateRawSync } from "node:zlib";
import type { ZipCodec } from "./codec";

/** Node's zlib: native, several times faster than fflate; maxOutputLength stops a lying entry. */
export const nodeCodec: ZipCodec = {
  inflate: (raw, size) => {
    const out = inflateRawSync(raw, { maxOutputLength: Math.max(size, 1) });
    return new Uint8Array(out.buffer, out.byteOffset, out.byteLength);
  },
  deflate: (data, fast) => {
    const out = deflateRawSync(data, { level: fast ? 1 : 6 });
    return new Uint8Array(out.buffer, out.byteOffset, out.byteLength);
  },
  // zlib.crc32 came with Node 20.15 and 22.2: native where it exists, the table in crc32.ts elsewhere.
  crc32: (zlib as { crc32?: (data: Uint8Array) => number }).crc32,
};
