/**
 * How each file in ../shared/corpus ends (origins.txt says where it came from and what it once did
 * wrong). "read": validate and rollup both exit 0 or 1 and rollup writes a workbook that passes the
 * four output checks. Otherwise the one-line reason rollup and validate both give (exit 2).
 * The "(for judgment)" files are decided here and in the README's Spreadsheet files section.
 */
export const REFUSED: Record<string, RegExp> = {
  // An OLE sector loop: SheetJS cannot follow it (LibreOffice can). Refused in words, not "NaN".
  "PhpSpreadsheet__oleloop.xls": /damaged: its internal structure is broken/,
  // A sheet listed in the workbook that SheetJS cannot build (a fuzzed allocation size).
  "calamine__OOM_alloc3.xls": /damaged: its sheet "Payout" is listed but cannot be read/,
  // The zip states a smaller size than its relationships part unpacks to.
  "calamine__issue252.xlsx": /part xl\/_rels\/workbook\.xml\.rels is damaged \(its data does not unpack/,
  "calamine__issue_530.xlsx": /an Office package with no workbook in it/,
  "exceljs__missing-bits.xlsx": /a zip file with no workbook in it/,
  "hostile__empty-zip.xlsx": /a zip file with no workbook in it/,
  "hostile__zip-not-ooxml.xlsx": /a zip file with no workbook in it/,
  // Fuzzed .xls that SheetJS trips on (LibreOffice opens it): said in words, not as a JavaScript internal.
  "poi__clusterfuzz-testcase-minimized-POIHSSFFuzzer-6537773940867072.xls": /damaged: its internal structure is broken/,
  // Encrypted with Excel's default password "VelvetSweatshop": we do not decrypt, and do not claim a password is needed.
  "poi__protect.xlsx": /encrypted by Excel, which qipp cannot read \(even when Excel opens it without asking for a password\)/,
  // ODS value-type="unknown": SheetJS refuses it; said in words.
  "tablib__unknown_value_type.ods": /holds a cell of a kind qipp does not know \(value type "unknown"\)/,
  // test/corpus: encrypted with a real password ("password" in calamine's tests).
  "calamine/pass_protected.xlsx": /encrypted by Excel, which qipp cannot read/,
  "calamine/pass_protected.ods": /encrypted: remove the password/,
};

/** Sheets a file must be read with (names as the user sees them), where the file was once read wrong or not at all. */
export const READ_AS: Record<string, string[]> = {
  "PhpSpreadsheet__utf16be.xlsx": ["Sheet1"],
  "PhpSpreadsheet__encoding.utf16be.csv": ["Sheet1"],
  "test_files__CRLFX5_2.XLS": ["Sheet1"],
  "roo__frozen_string.ods": ["Sheet1"],
};
