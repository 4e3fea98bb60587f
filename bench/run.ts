import { execFile } from "node:child_process";
import { mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { promisify } from "node:util";
import { ORGANISATIONS, YEARS } from "../test/support/pack-data";
import { sumifsSourceOf } from "../test/support/sumifs";
import { parseBenchArgs } from "./args";
import { FINDINGS_BENCHED, findingsMarkdown } from "./findings-costs";
import { generateNationalWorkbook } from "./generate";
import type { InYearDraw } from "./in-year-columns";
import { measureProcesses, processesMarkdown, type ProcessFigures } from "./processes";
import { validationWriteCosts } from "./office-findings";
import { resultsMarkdown } from "./report";
import type { SizeInput, SizeResult } from "./size";

const run = promisify(execFile);
// Run compiled (npm run bench builds it with tsc), as the add-in runs: plain JavaScript, no TypeScript loader in the timings.
const ROOT = process.cwd();
const OUT = join(ROOT, "bench", "out");
const COMPILED = __filename.endsWith(".js");

/** Generates the size's workbook into bench/out, then measures it in a child process of its own, so peak memory is that size's alone. */
async function benchSize(schemes: number, runs: number, seed: number, inYear: false | InYearDraw, processes: ProcessFigures[]): Promise<SizeResult> {
  const national = await generateNationalWorkbook({ schemes, seed, messyShare: 0.05, inYear });
  const file = join(OUT, `national-${schemes}.xlsx`);
  await writeFile(file, national.buffer);
  const input: SizeInput = {
    file, runs,
    sources: national.sheets.map((s) => sumifsSourceOf(s.name, s.expected)),
    organisations: ORGANISATIONS.map((o) => o.name),
    years: [...YEARS],
  };
  const script = COMPILED ? [join(__dirname, "size.js")] : ["--import", "tsx", join(__dirname, "size.ts")];
  const child = await run(process.execPath, ["--expose-gc", "--max-old-space-size=6144", ...script, JSON.stringify(input)], {
    maxBuffer: 64 * 1024 * 1024,
  });
  if (COMPILED) processes.push(measureProcesses(file, schemes, runs, ROOT));
  const line = child.stdout.split("\n").find((l) => l.startsWith("RESULT "));
  if (!line) throw new Error(`The ${schemes}-scheme run printed no result:\n${child.stderr}`);
  return JSON.parse(line.slice("RESULT ".length)) as SizeResult;
}

async function main(): Promise<void> {
  const { sizes, runs, seed, inYear } = parseBenchArgs(process.argv.slice(2));
  await mkdir(OUT, { recursive: true });
  const results: SizeResult[] = [];
  const processes: ProcessFigures[] = [];
  for (const size of sizes) {
    console.error(`Measuring ${size} schemes (${runs} run(s))${inYear ? ` with the in-year columns (${inYear})` : ""}...`);
    results.push(await benchSize(size, runs, seed, inYear, processes));
  }
  console.error(`Measuring the write of ${FINDINGS_BENCHED} findings...`);
  const markdown = `${resultsMarkdown(results, runs, seed)}\n\n${processesMarkdown(processes)}\n\n${findingsMarkdown(FINDINGS_BENCHED, await validationWriteCosts(FINDINGS_BENCHED))}`;
  console.log(markdown);
  // Only a run at national size replaces the committed results; smaller runs (CI) go to bench/out.
  const target = sizes.includes(200_000) && !inYear ? join(ROOT, "bench", "RESULTS.md") : join(OUT, inYear ? `RESULTS-in-year-${inYear}.md` : "RESULTS.md");
  await writeFile(target, markdown);
  console.error(`Wrote ${target}`);
}

main().catch((error: Error) => {
  console.error(error.message);
  process.exit(1);
});
