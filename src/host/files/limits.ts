/**
 * What a file may hold before we refuse it (stated in the README). They bound time and memory on
 * hostile input: a zip bomb, a sheet's used range to XFD1048576, a million rows.
 */
export const LIMITS = {
  /** Bytes of the file itself. */
  fileBytes: 200 * 1024 * 1024,
  /** Uncompressed bytes of any one part we read (a sheet's XML, shared strings). */
  partBytes: 256 * 1024 * 1024,
  /** Uncompressed bytes of all the parts we read, added up. */
  totalBytes: 512 * 1024 * 1024,
  /** Cells holding a value, over the whole workbook. */
  cells: 8_000_000,
  /** Legacy formats (.xls, .xlsb, .ods, .csv) are parsed whole in memory by SheetJS. */
  legacyFileBytes: 50 * 1024 * 1024,
  /** Excel's own grid. */
  rows: 1_048_576,
  columns: 16_384,
} as const;

const MB = 1024 * 1024;
export const mb = (bytes: number): string => `${Math.round((bytes / MB) * 10) / 10} MB`;
