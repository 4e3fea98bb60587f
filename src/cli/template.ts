import { writeFile } from "node:fs/promises";
import { existsSync } from "node:fs";
import { resolve } from "node:path";
import { parseArgs } from "node:util";
import { defaultPack } from "../core/rules/load";
import { buildPlanTemplate, TemplateError } from "../core/template/build";
import { templateWorkbookBuffer } from "../host/exceljs/template";
import { InputError, loadPackFile } from "./inputs";

export const TEMPLATE_LINE = "  qipp template [--organisation NAME] [--rules PACK.json] [--rows N] --out FILE.xlsx";
export const TEMPLATE_HELP = `  template   write a new plan template from the rule pack: drop-downs for workstream, point of delivery
             and RAG (lists on a "QIPP Lists" sheet), numbers-only savings, a Total formula per row and
             a total row; with --rules the pack travels with it as its "QIPP Rules" sheet`;

/** `qipp template`: writes a new workbook, never an existing one. Resolves to the exit code. */
export async function runTemplate(argv: string[], print: (s: string) => void): Promise<number> {
  let values;
  try {
    ({ values } = parseArgs({ args: argv, options: { organisation: { type: "string" }, rules: { type: "string" }, out: { type: "string" }, rows: { type: "string" } } }));
  } catch (e) {
    throw new InputError((e as Error).message);
  }
  if (!values.out) throw new InputError("qipp template needs --out FILE.xlsx");
  if (!/\.xlsx$/i.test(values.out)) throw new InputError(`--out ${values.out} must end in .xlsx`);
  const target = resolve(values.out);
  if (existsSync(target)) throw new InputError(`${values.out} already exists; qipp template only writes new files`);
  const rows = values.rows === undefined ? undefined : Number(values.rows);
  if (rows !== undefined && !(Number.isInteger(rows) && rows > 0 && rows <= 5000)) throw new InputError(`--rows ${values.rows} must be a whole number from 1 to 5000`);
  const pack = values.rules ? await loadPackFile(values.rules) : defaultPack();
  let template;
  try {
    template = buildPlanTemplate(pack, { organisation: values.organisation, includePack: Boolean(values.rules), rows });
  } catch (e) {
    if (e instanceof TemplateError) throw new InputError(e.message);
    throw e;
  }
  const buffer = await templateWorkbookBuffer(template);
  try {
    await writeFile(target, buffer, { flag: "wx" });
  } catch (e) {
    throw new InputError(`cannot write ${values.out}: ${(e as NodeJS.ErrnoException).code === "ENOENT" ? "no such folder" : (e as Error).message}`);
  }
  print(`Wrote ${target}: sheet "${template.plan.name}" for ${pack.name} ${pack.version}${template.rules ? ", with the pack as its QIPP Rules sheet" : ""}`);
  return 0;
}
