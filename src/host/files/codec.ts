import { deflateSync, inflateSync } from "fflate";

/** Raw DEFLATE both ways. fflate runs everywhere; Node swaps in its native zlib (node-codec.ts). */
export interface ZipCodec {
  /** Inflates into at most `size` bytes (the size the zip declares), so a lying entry cannot grow memory. */
  inflate(raw: Uint8Array, size: number): Uint8Array;
  /** `fast`: the quickest level, for a part so large that level 6 would be most of the write (see zip-write.ts). */
  deflate(data: Uint8Array, fast?: boolean): Uint8Array;
  /** CRC-32 of the uncompressed bytes, where the platform has a native one (else crc32.ts). */
  crc32?(data: Uint8Array): number;
}

export const portableCodec: ZipCodec = {
  inflate: (raw, size) => inflateSync(raw, { out: new Uint8Array(size) }),
  deflate: (data, fast) => deflateSync(data, { level: fast ? 1 : 6 }),
};
