import defaultPackJson from "./default-pack.json";
import { z } from "zod";
import { IN_YEAR_FIELDS, NUMBER_FIELDS, TEXT_FIELDS } from "../types";
import { IN_YEAR_FIELD_DEFAULTS, PERIOD_LABEL_DEFAULTS, RAG5_DEFAULTS } from "./in-year-defaults";

const nonEmpty = z.string().trim().min(1, "must not be empty");
const aliases = z.array(nonEmpty).default([]);
const severity = z.enum(["error", "warning", "info", "off"]);
const year = z.string().regex(/^\d{4}-\d{2}$/, "must be a financial year like 2011-12");

export const RULE_IDS = [
  "missing-columns", "not-a-plan", "required", "code-list", "not-a-number", "error-value",
  "negative-saving", "duplicate-ref", "total-mismatch", "declared-total-mismatch", "unit-saving",
  "organisation-sha", "unknown-organisation", "duplicate-plan", "no-plan",
  "qia-missing", "qia-no-column", "not-a-date", "period-unreadable", "period-missing",
] as const;
export type RuleId = (typeof RULE_IDS)[number];

const fieldSpec = z.strictObject({ required: z.boolean(), aliases: z.array(nonEmpty).min(1, "needs at least one header text") });
const fieldShape = Object.fromEntries([...TEXT_FIELDS, ...NUMBER_FIELDS].map((f) => [f, fieldSpec])) as Record<
  (typeof TEXT_FIELDS)[number] | (typeof NUMBER_FIELDS)[number],
  typeof fieldSpec
>;
// In-year columns came later: a pack without them gets the reference header texts.
const inYearShape = Object.fromEntries(IN_YEAR_FIELDS.map((f) => [f, fieldSpec.default(IN_YEAR_FIELD_DEFAULTS[f])])) as {
  [F in (typeof IN_YEAR_FIELDS)[number]]: z.ZodDefault<typeof fieldSpec>;
};
const weight = z.number().min(0).max(1);
const pence000 = z.number().positive();

/** Packs written before risk themes existed get the bundled pack's (built by scripts/build-default-pack.mjs). */
export const DEFAULT_RISK_THEMES: { name: string; keywords: string[] }[] = defaultPackJson.riskThemes;

export const packSchema = z.strictObject({
  name: nonEmpty,
  version: z.string().regex(/^\d+\.\d+(\.\d+)?$/, "must be a version like 1.0.0"),
  description: z.string().optional(),
  years: z.array(year).min(1, "needs at least one financial year"),
  /** The year a plain "Forecast" column (no year in its header) is the forecast for. */
  forecastYear: year.optional(),
  fields: z.strictObject({ ...fieldShape, ...inYearShape }),
  labels: z.strictObject({
    organisation: z.array(nonEmpty).min(1),
    sha: aliases,
    budget: aliases,
    overallRag: aliases,
    /** Reporting month / Month / Period / As at: the month a return reports on. */
    period: z.array(nonEmpty).default(PERIOD_LABEL_DEFAULTS),
  }),
  /** England's efficiency challenge, £000 over the pack's years. */
  challenge: pence000.optional(),
  shaClusters: z.array(z.strictObject({ name: nonEmpty })).min(1, "needs at least one SHA cluster"),
  shas: z
    .array(
      z.strictObject({
        code: nonEmpty,
        name: nonEmpty,
        cluster: nonEmpty,
        aliases,
        /** Planned 2011-12 budget in £000, when known. */
        plannedBudget: z.number().positive().optional(),
        /** The SHA's own efficiency challenge, £000 over the pack's years. */
        challenge: pence000.optional(),
      }),
    )
    .min(1, "needs at least one SHA"),
  organisations: z
    .array(z.strictObject({ name: nonEmpty, code: z.string().optional(), sha: nonEmpty, aliases, plannedBudget: z.number().positive().optional(), challenge: pence000.optional() }))
    .min(1, "needs at least one organisation"),
  workstreams: z.array(z.strictObject({ name: nonEmpty, category: nonEmpty, aliases })).min(1, "needs at least one workstream"),
  pointsOfDelivery: z
    .array(
      z.strictObject({
        name: nonEmpty,
        aliases,
        unitCost: z.number().positive().optional(),
        /** Plausible saving per unit of activity, in pounds. */
        minUnitSaving: z.number().nonnegative().optional(),
        maxUnitSaving: z.number().positive().optional(),
        demandManagement: z.boolean(),
      }),
    )
    .min(1, "needs at least one point of delivery"),
  rag: z.strictObject({ red: z.array(nonEmpty).min(1), amber: z.array(nonEmpty).min(1), green: z.array(nonEmpty).min(1) }),
  /** The five-point delivery-confidence scale; looked up before `rag`, so Amber/Green keeps its point. */
  rag5: z
    .strictObject({
      green: z.array(nonEmpty), "amber-green": z.array(nonEmpty), amber: z.array(nonEmpty), "amber-red": z.array(nonEmpty), red: z.array(nonEmpty),
    })
    .default(RAG5_DEFAULTS),
  parameters: z.strictObject({
    /** £000: a Total column may differ from the sum of its years by this much. */
    totalTolerance: z.number().nonnegative(),
    /** £000: a declared total row may differ from its schemes by this much. */
    declaredTotalTolerance: z.number().nonnegative(),
    ragWeights: z.strictObject({
      red: weight, amber: weight, green: weight, unrated: weight,
      "amber-green": weight.default(0.75),
      "amber-red": weight.default(0.25),
    }),
    /** Where three-point figures put the in-between points of the five-point scale. */
    fivePointAsThree: z
      .strictObject({ "amber-green": z.enum(["green", "amber"]), "amber-red": z.enum(["amber", "red"]) })
      .default({ "amber-green": "amber", "amber-red": "amber" }),
    planRag: z.strictObject({
      /** Red when more than this share of value is red or unrated. */
      redWhenRedOrUnratedOver: z.number().min(0).max(1),
      /** Amber when more than this share is red, amber or unrated. */
      amberWhenNotGreenOver: z.number().min(0).max(1),
    }),
    managementCostCountsAsQipp: z.boolean(),
    /** Rows the header may be found in (from the top of the used range). */
    headerSearchRows: z.number().int().min(1).max(200),
    /** When a scheme needs a conversation; defaults keep packs written before these existed loading. */
    exceptions: z
      .strictObject({
        /** forecast-below-plan: the forecast for the forecast year is under this percent of plan. */
        forecastBelowPlanPercent: z.number().min(0).max(100).default(90),
        /** savings-reduced: the four-year total fell by more than this many £000 since the earlier version. */
        savingsReducedOver: z.number().nonnegative().default(100),
        /** behind-plan: the YTD actual is under this percent of the YTD plan. */
        behindPlanPercent: z.number().min(0).max(100).default(90),
        /** activity-over-plan: actual activity change exceeds the planned change by more than this percent of its size. */
        activityOverPlanPercent: z.number().min(0).max(1000).default(10),
        /** £000: exceptions with a smaller value at risk are counted on one line, not listed one by one. */
        materialityThousands: z.number().nonnegative().default(100),
      })
      .default({ forecastBelowPlanPercent: 90, savingsReducedOver: 100, behindPlanPercent: 90, activityOverPlanPercent: 10, materialityThousands: 100 }),
    /** What "on track" means for a demand-management scheme. */
    demandManagementOnTrack: z
      .strictObject({
        /** RAG ratings that count as on track. */
        rags: z.array(z.enum(["red", "amber", "green"])).default(["green"]),
        /** Where the forecast year has a forecast, it must be at least this percent of plan. */
        forecastAtLeastPercent: z.number().min(0).max(1000).default(90),
      })
      .default({ rags: ["green"], forecastAtLeastPercent: 90 }),
  }),
  rules: z.partialRecord(z.enum(RULE_IDS), z.strictObject({ severity })),
  /** Themes of the report card's risk log: a risk text goes to the first theme with a keyword in it, else the last. */
  riskThemes: z.array(z.strictObject({ name: nonEmpty, keywords: z.array(nonEmpty) })).min(1).default(DEFAULT_RISK_THEMES),
});

export type RulePack = z.infer<typeof packSchema>;
export type RuleSeverity = z.infer<typeof severity>;
