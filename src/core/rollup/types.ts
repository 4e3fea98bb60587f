import type { Pence } from "../money";
import type { Finding, Rag, Rag5OrUnrated, RagOrUnrated, Year } from "../types";
import type { SchemeException } from "./exceptions";
import type { LargestScheme } from "./largest";

/** Money by pack year plus the four-year "total". */
export type ByYear = Record<Year | "total", Pence>;

export interface Totals {
  schemes: number;
  /** All savings by year. */
  savings: ByYear;
  /** Savings counted as QIPP: management cost savings in or out as the pack says. */
  qippSavings: ByYear;
  /** Management cost savings (four years), shown apart. */
  managementCost: Pence;
  /** Four-year savings by national workstream (pack name, or "Unknown"). */
  byWorkstream: Record<string, Pence>;
  byPointOfDelivery: Record<string, Pence>;
  /** Four-year savings and scheme counts by RAG. */
  ragValue: Record<RagOrUnrated, Pence>;
  ragCount: Record<RagOrUnrated, number>;
  /** Sum of value x the pack's RAG weight. */
  riskAdjusted: Pence;
  /** Only where some plan has a forecast column for the pack's forecast year. */
  delivery: { year: Year; planned: Pence; forecast: Pence; onTrack: Pence } | null;
  /** Schemes whose point of delivery is demand management in the pack; on track as the pack defines it. */
  demandManagement: { total: Pence; onTrack: Pence };
  /** How many of the figures summed here came from cells with an error finding. */
  figuresOnErrorCells: number;
  /** In-year delivery over the schemes that have the figures; null when none has. */
  inYear?: InYear | null;
  /** Activity change to date by point of delivery, over schemes with both figures. */
  activity?: Record<string, { planned: number; actual: number }>;
  milestonesOverdue?: number;
  /** Summed WTE. */
  workforceChange?: number;
  ragCount5?: Record<Rag5OrUnrated, number>;
  ragValue5?: Record<Rag5OrUnrated, Pence>;
  /** Wherever the pack knows a target (£000 four years): identified = four-year QIPP savings. */
  challenge?: { target: Pence; identified: Pence; coverage: number } | null;
}

export interface InYear {
  /** "2011-09-30", the latest period end of the plans counted; null when unknown. */
  periodEnd: string | null;
  ytdPlan: Pence;
  ytdActual: Pence;
  /** actual - plan */
  variance: Pence;
  /** actual / plan x 100; null when plan is zero. */
  deliveredPercent: number | null;
}

export interface OrganisationRollup extends Totals {
  name: string;
  code: string | null;
  shaCode: string | null;
  /** Plan sheets read, and the range of this organisation's schemes there ("B8:P40"). */
  sources: { workbook: string; sheet: string; range?: string }[];
  budget: Pence | null;
  planRag: Rag;
  planRagSource: "declared" | "computed";
}

export interface ParentRollup extends Totals {
  planRagCount: Record<Rag, number>;
  budget: Pence | null;
  /** Percent (0-100) of the national QIPP savings total; null when that is zero. */
  shareOfNational: number | null;
  /** Percent (0-100): four-year QIPP savings over the planned budget; null without a budget. */
  shareOfBudget: number | null;
}

export interface ShaRollup extends ParentRollup {
  code: string;
  name: string;
  cluster: string;
  /** Its largest schemes by four-year total, largest first. */
  largestSchemes: LargestScheme[];
}

export interface ShaClusterRollup extends ParentRollup {
  name: string;
}

export interface Rollup {
  years: Year[];
  organisations: OrganisationRollup[];
  shas: ShaRollup[];
  shaClusters: ShaClusterRollup[];
  national: ParentRollup;
  /** duplicate-plan findings: an organisation fed twice is counted once, and said so. */
  findings: Finding[];
  /** Schemes rated red or forecast below plan, largest value at risk first. */
  exceptions: SchemeException[];
}
