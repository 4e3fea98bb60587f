import type { WorkbookGrids } from "./grid";
import type { RulePack } from "./rules/schema";
import type { Finding, Plan } from "./types";
import type { Rollup } from "./rollup/types";
import type { OutputSheet } from "./report/model";

export interface PackInfo {
  name: string;
  version: string;
  source: "default" | "workbook" | "file";
}

export interface ValidationResult {
  pack: RulePack;
  packInfo: PackInfo;
  /** Names of the source workbooks. */
  workbooks: string[];
  plans: Plan[];
  findings: Finding[];
  summary: { errors: number; warnings: number; infos: number; schemes: number; plans: number };
}

export interface ReportContext {
  generatedAt: Date;
}

/** Read and validate every plan in the workbooks (the first workbook's QIPP Rules sheet, if any, is the pack unless one is given). */
export declare function validateWorkbooks(workbooks: WorkbookGrids[], options?: { pack?: RulePack }): ValidationResult;
/** Roll validated plans up the pack's hierarchy. */
export declare function rollupPlans(validation: ValidationResult): Rollup;
/** The four output sheet models (Validation, Rollup, RAG Summary, Submission). */
export declare function buildOutputSheets(validation: ValidationResult, rollup: Rollup | null, context: ReportContext): OutputSheet[];
