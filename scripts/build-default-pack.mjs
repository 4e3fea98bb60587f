// Builds src/core/rules/default-pack.json from the reference CSVs (../shared/reference by default).
// Run by hand when the reference facts change: node scripts/build-default-pack.mjs [REFERENCE_DIR]
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";

const dir = process.argv[2] ?? join(import.meta.dirname, "../../shared/reference");
const TOTAL_IDENTIFIED_SAVINGS_K = 17_400_000; // £17.4bn in £000, the national report's total
const ENGLAND_CHALLENGE_K = 16_400_000; // £16.4bn in £000: what the SHAs estimated was needed (in_year.md)

function csv(name) {
  const [head, ...rows] = readFileSync(join(dir, name), "utf8").trim().split(/\r?\n/).map(parseLine);
  return rows.map((cells) => Object.fromEntries(head.map((h, i) => [h, cells[i] ?? ""])));
}
function parseLine(line) {
  const out = [];
  let cur = "", quoted = false;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i];
    if (quoted) {
      if (ch === '"' && line[i + 1] === '"') { cur += '"'; i++; }
      else if (ch === '"') quoted = false;
      else cur += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ",") { out.push(cur); cur = ""; }
    else cur += ch;
  }
  out.push(cur);
  return out;
}
const list = (s) => (s ? s.split("|").map((x) => x.trim()).filter(Boolean) : []);
const num = (s) => (s === "" ? undefined : Number(s));

const fields = {};
// Header texts seen in plans beyond the reference list.
const EXTRA_ALIASES = { rag: ["R/A/G", "RAG status", "RAG rating (R/A/G)"], schemeRef: ["Scheme ref no", "Ref no", "Reference number"], workstream: ["National QIPP workstream", "QIPP programme"] };
for (const f of csv("fields.csv")) {
  fields[f.field] = { required: f.required === "yes", aliases: [...new Set([...list(f.also_known_as), ...(EXTRA_ALIASES[f.field] ?? [])])] };
}
// Savings by year need no aliases (found by their year token); a plain Forecast column is the forecast year.
const shas = csv("shas.csv");
const pack = {
  name: "NHS QIPP default rule pack",
  version: "1.0.0",
  description: "Built from the national reference data: 10 SHAs, PCT clusters of 2011-12, national workstreams, points of delivery.",
  years: ["2011-12", "2012-13", "2013-14", "2014-15"],
  forecastYear: "2011-12",
  fields,
  labels: {
    organisation: ["Organisation", "Organisation name", "PCT cluster", "Cluster", "Cluster name", "PCT", "Commissioner"],
    sha: ["SHA", "Strategic health authority", "SHA name"],
    budget: ["Planned budget", "Planned budget 2011-12", "Budget", "Total budget", "Allocation"],
    overallRag: ["Overall RAG", "Overall RAG rating", "Plan RAG", "Overall plan RAG"],
    period: ["Reporting month", "Month", "Period", "Reporting period", "As at"],
  },
  challenge: ENGLAND_CHALLENGE_K,
  shaClusters: [...new Set(shas.map((s) => s.sha_cluster))].map((name) => ({ name })),
  shas: shas.map((s) => ({
    code: s.code,
    name: s.name,
    cluster: s.sha_cluster,
    aliases: [`NHS ${s.name}`, `${s.name} SHA`],
    plannedBudget: Math.round((Number(s.share_of_identified_savings_pct) / 100) * TOTAL_IDENTIFIED_SAVINGS_K / (Number(s.savings_pct_of_planned_budget_2011_12) / 100)),
  })),
  organisations: csv("pct_clusters.csv").map((o) => ({ name: o.name, sha: o.sha_code, aliases: list(o.also_known_as) })),
  workstreams: csv("workstreams.csv").map((w) => ({ name: w.name, category: w.category, aliases: list(w.also_known_as) })),
  pointsOfDelivery: csv("points_of_delivery.csv").map((p) => ({
    name: p.name,
    aliases: list(p.also_known_as),
    unitCost: num(p.reference_unit_cost_gbp),
    minUnitSaving: num(p.min_unit_saving_gbp),
    maxUnitSaving: num(p.max_unit_saving_gbp),
    demandManagement: p.demand_management === "yes",
  })),
  rag: { red: ["Red", "R"], amber: ["Amber", "A"], green: ["Green", "G"] },
  // The Major Projects Authority's five points; three-point figures fold the in-between ones as
  // parameters.fivePointAsThree says (both to amber by default).
  rag5: {
    green: ["Green", "G"],
    "amber-green": ["Amber/Green", "Amber-Green", "Amber Green", "AG", "A/G", "Green/Amber"],
    amber: ["Amber", "A"],
    "amber-red": ["Amber/Red", "Amber-Red", "Amber Red", "AR", "A/R", "Red/Amber"],
    red: ["Red", "R"],
  },
  parameters: {
    totalTolerance: 1,
    declaredTotalTolerance: 1,
    ragWeights: { green: 1, "amber-green": 0.75, amber: 0.5, "amber-red": 0.25, red: 0, unrated: 0 },
    fivePointAsThree: { "amber-green": "amber", "amber-red": "amber" },
    planRag: { redWhenRedOrUnratedOver: 0.2, amberWhenNotGreenOver: 0.3 },
    managementCostCountsAsQipp: false,
    headerSearchRows: 30,
    exceptions: { forecastBelowPlanPercent: 90, savingsReducedOver: 100, behindPlanPercent: 90, activityOverPlanPercent: 10, materialityThousands: 100 },
    demandManagementOnTrack: { rags: ["green"], forecastAtLeastPercent: 90 },
  },
  rules: {
    "missing-columns": { severity: "error" },
    "not-a-plan": { severity: "info" },
    required: { severity: "error" },
    "code-list": { severity: "error" },
    "not-a-number": { severity: "error" },
    "error-value": { severity: "error" },
    "negative-saving": { severity: "warning" },
    "duplicate-ref": { severity: "error" },
    "total-mismatch": { severity: "error" },
    "declared-total-mismatch": { severity: "error" },
    "unit-saving": { severity: "warning" },
    "organisation-sha": { severity: "error" },
    "unknown-organisation": { severity: "warning" },
    "duplicate-plan": { severity: "error" },
    "qia-missing": { severity: "warning" },
    "qia-no-column": { severity: "info" },
    "not-a-date": { severity: "error" },
    "period-unreadable": { severity: "error" },
    "period-missing": { severity: "warning" },
  },
  // The report card's risk log groups risk texts by the first theme whose keyword they contain (lower case).
  riskThemes: [
    { name: "Activity and demand", keywords: ["activity", "demand", "admission", "referral", "attendance", "over plan", "growth"] },
    { name: "Capacity and workforce", keywords: ["capacity", "workforce", "staff", "recruit", "vacanc", "beds", "clinician"] },
    { name: "Reform and transition", keywords: ["ccg", "reform", "authorisation", "transition", "commissioning board", "restructur", "cluster"] },
    { name: "Project resources", keywords: ["resource", "project manager", "programme management", "capability", "backfill"] },
    { name: "Provider dependency", keywords: ["provider", "trust", "foundation", "timetable", "contract", "tariff"] },
    { name: "Other", keywords: [] },
  ],
};
writeFileSync(join(import.meta.dirname, "../src/core/rules/default-pack.json"), JSON.stringify(pack, null, 2) + "\n");
console.log(`default pack: ${pack.shas.length} SHAs, ${pack.organisations.length} organisations, ${pack.workstreams.length} workstreams`);
