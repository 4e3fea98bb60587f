// `npx tsx bench/office-figures.ts 5000,50000`: Office.js costs through Microsoft's library on the fake host.
import { generateNationalWorkbook } from "./generate";
import { officeCosts } from "./office-costs";
import { validationWriteCosts } from "./office-findings";

const mb = (bytes: number) => `${(bytes / 1_000_000).toFixed(2)} MB`;

async function main(): Promise<void> {
  const sizes = (process.argv[2] ?? "5000,50000,200000").split(",").map(Number);
  const findings = await validationWriteCosts(30_000);
  console.log(`| 30,000 findings (Validate's sheet) | ${findings.syncs} | ${mb(findings.maxRequestBytes)} | ${mb(findings.maxResponseBytes)} |`);
  for (const schemes of sizes) {
    const national = await generateNationalWorkbook({ schemes, seed: 2011, messyShare: 0.05 });
    const { validate, buildRollups, rebuild } = await officeCosts(national.buffer);
    for (const [name, c] of [["Validate", validate], ["Build rollups", buildRollups], ["Build rollups again (in place)", rebuild]] as const) {
      console.log(`| ${schemes.toLocaleString("en-GB")} schemes, ${name} | ${c.syncs} | ${mb(c.maxRequestBytes)} | ${mb(c.maxResponseBytes)} |`);
    }
  }
}

main().catch((error: Error) => {
  console.error(error.message);
  process.exit(1);
});
