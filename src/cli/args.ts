import { parseArgs } from "node:util";
import { TEMPLATE_HELP, TEMPLATE_LINE } from "./template";

export const USAGE = `qipp — validate QIPP plan workbooks and build SHA rollups

Usage:
  qipp validate FILE... [--rules PACK.json] [--json]
  qipp rollup   FILE... [--rules PACK.json] [--out RESULT.xlsx] [--submission-csv FILE.csv] [--json]
  qipp compare  V1 V2 [V3...] [--rules PACK.json] [--out RESULT.xlsx] [--json]
${TEMPLATE_LINE}

  FILE, V1, V2...: .xlsx, .xlsm, .xls, .xlsb, .ods or .csv (an .xlsm result stays .xlsm;
  a result from any other format than .xlsx/.xlsm is a new .xlsx)

  validate   read every plan sheet and print the findings, grouped by sheet
  rollup     also roll the plans up (cluster -> SHA -> SHA cluster -> England) and write a copy
             of the first workbook with the QIPP Validation, Rollup, RAG Summary, Submission and Exceptions sheets
             (default RESULT: FIRST.qipp.xlsx beside the first file; inputs are never overwritten)
  compare    compare versions of the plans, month by month (in order of reporting period when
             every version gives one, else as given): the last two as today's change (new, dropped
             and changed, the bridge at every level, RAG moves, movements to confirm, exceptions),
             all of them as a trend; writes a copy of the latest with the QIPP Changes and QIPP
             Exceptions sheets (default RESULT: LATEST.changes.xlsx)
${TEMPLATE_HELP}

Options:
  --rules PACK.json   use this rule pack instead of the workbook's "QIPP Rules" sheet or the bundled pack
  --out RESULT.xlsx   where rollup or compare writes its workbook
  --submission-csv FILE.csv
                      rollup also writes the Submission for upload: one row per organisation and
                      year (SHA code, organisation code and name, year, QIPP savings £000,
                      management cost savings £000, plan RAG), UTF-8 with a byte order mark
  --json              one JSON object on stdout instead of text
  -h, --help          this help

Exit codes: 0 no error findings, 1 error findings, 2 the input cannot be used.`;

export interface CliArgs {
  command: "validate" | "rollup" | "compare" | "help";
  files: string[];
  rules?: string;
  out?: string;
  submissionCsv?: string;
  json: boolean;
}

export type Parsed = { ok: true; args: CliArgs } | { ok: false; error: string };

export function parseCliArgs(argv: string[]): Parsed {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: { rules: { type: "string" }, out: { type: "string" }, "submission-csv": { type: "string" }, json: { type: "boolean", default: false }, help: { type: "boolean", short: "h", default: false } },
    });
  } catch (e) {
    return { ok: false, error: (e as Error).message };
  }
  const [command, ...files] = parsed.positionals;
  const { rules, out, json, help } = parsed.values;
  const submissionCsv = parsed.values["submission-csv"];
  if (help || command === undefined || command === "help") return { ok: true, args: { command: "help", files: [], json: false } };
  if (command !== "validate" && command !== "rollup" && command !== "compare") return { ok: false, error: `unknown command '${command}' (use validate, rollup, compare or template; qipp --help)` };
  if (command === "compare" && files.length < 2) return { ok: false, error: "qipp compare needs two or more versions of the plans: the earlier ones, then the latest" };
  if (files.length === 0) return { ok: false, error: `qipp ${command} needs at least one .xlsx file` };
  if (out && command === "validate") return { ok: false, error: "--out is only for qipp rollup and qipp compare" };
  if (submissionCsv !== undefined && command !== "rollup") return { ok: false, error: "--submission-csv is only for qipp rollup" };
  return { ok: true, args: { command, files, rules, out, submissionCsv, json: json ?? false } };
}
