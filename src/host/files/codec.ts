import { deflateSync, inflateSync } from "fflate";

/** Raw DEFLATE both ways. fflate runs everywhere; Node swaps in its native zlib (node-codec.ts). */
export interface ZipCodec {
  /** Inflates into at most `size` bytes (the size the zip declares), so a lying entry cannot grow memory. */
  inflate(raw: Uint8Array, size: number): Uint8Array;
  deflate(data: Uint8Array): Uint8Array;
}

export const portableCodec: ZipCodec = {
  inflate: (raw, size) => inflateSync(raw, { out: new Uint8Array(size) }),
  deflate: (data) => deflateSync(data, { level: 6 }),
};
