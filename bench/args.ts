import type { InYearDraw } from "./in-year-columns";

export interface BenchArgs {
  sizes: number[];
  runs: number;
  seed: number;
  /** Workbooks with the in-year columns (YTD, activity to date, milestones, QIA, WTE) and a Reporting month: `--in-year` a month-6 return, `--in-year=heavy` the worst case. */
  inYear: false | InYearDraw;
}

export const DEFAULT_SIZES = [5_000, 50_000, 200_000];

/** `--sizes 5000,50000 --runs 3 --seed 2011`; anything else is a mistake worth stopping for. */
export function parseBenchArgs(argv: string[]): BenchArgs {
  const args: BenchArgs = { sizes: DEFAULT_SIZES, runs: 3, seed: 2011, inYear: false };
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === "--in-year" || argv[i] === "--in-year=heavy") {
      args.inYear = argv[i] === "--in-year" ? "month-6" : "heavy";
      continue;
    }
    const [flag, inline] = argv[i].split("=", 2);
    const value = inline ?? argv[++i];
    if (value === undefined) throw new Error(`${flag} needs a value`);
    if (flag === "--sizes") args.sizes = value.split(",").map((s) => positive(flag, s.replace(/_/g, "")));
    else if (flag === "--runs") args.runs = positive(flag, value);
    else if (flag === "--seed") args.seed = positive(flag, value);
    else throw new Error(`Unknown option ${flag} (use --sizes 5000,50000,200000 --runs 3 --seed 2011 [--in-year[=heavy]])`);
  }
  return args;
}

function positive(flag: string, text: string): number {
  const n = Number(text);
  if (!Number.isInteger(n) || n <= 0) throw new Error(`${flag} takes positive whole numbers, not "${text}"`);
  return n;
}
