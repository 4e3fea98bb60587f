import { deflateSync, inflateSync } from "fflate";

/** Raw DEFLATE both ways. fflate runs everywhere; Node swaps in its native zlib (node-codec.ts). */
export interface ZipCodec {
  /** Inflates into at most `size` bytes (the size the zip declares), so a lying entry cannot grow memory. */
  inflate(raw: Uint8Array, size: number): Uint8Array;
  deflate(data: Uint8Array): Uint8Array;
  /** CRC-32 of the uncompressed bytes, where the platform has a native one (else crc32.ts). */
  crc32?(data: Uint8Array): number;
}

export const portableCodec: ZipCodec = {
  inflate: (raw, size) => inflateSync(raw, { out: new Uint8Array(size) }),
  deflate: (data) => deflateSync(data, { level: 6 }),
};
