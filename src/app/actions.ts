import type { Finding } from "../core/types";
import type { PackInfo } from "../core/validate-pipeline";
import type { Rollup } from "../core/rollup/types";
import type { DeliveryView } from "./delivery-view";
import type { Comparison } from "../core/compare/types";
import type { TrendEntry } from "../core/compare/trend";
import type { CellFix, CellWrite } from "../core/fixes/model";

/**
 * What the task pane and the ribbon commands can ask of the add-in. The service in
 * src/app/service.ts implements it over a WorkbookPort; components receive it as props and
 * never import the Excel layer. Expected failures come back as { ok: false, message }.
 */
export interface PlanSummary {
  workbook: string;
  sheet: string;
  organisation: string;
  shaCode: string | null;
  shaName: string | null;
  schemes: number;
  /** Four-year savings, £000. */
  totalThousands: number;
}

/** A plan file added in the pane: what was found in it when it was added. */
export interface AddedFile {
  name: string;
  organisations: string[];
  schemes: number;
}

/** One file's outcome in a batch: added, replaced, refused (no plan) or unreadable. */
export interface FileOutcome {
  name: string;
  ok: boolean;
  message: string;
}

export interface AddedFilesOutcome {
  plans: PlanSummary[];
  files: AddedFile[];
  outcomes: FileOutcome[];
}

export interface PackState extends PackInfo {
  /** Set when a chosen pack file or the workbook's QIPP Rules sheet is malformed. */
  error?: string;
}

export interface ValidateOutcome {
  pack: PackState;
  plans: PlanSummary[];
  findings: Finding[];
  /** The open workbook's name: findings in other workbooks (added files) select nothing. */
  openWorkbook?: string;
  summary: { errors: number; warnings: number; infos: number; schemes: number; plans: number };
  /** Output sheets written (QIPP Validation). */
  written: string[];
  /** Findings in the open workbook with a one-click fix (none when the host cannot edit cells). */
  fixes?: CellFix[];
}

export interface RollupOutcome extends ValidateOutcome {
  rollup: Rollup;
  /** The pack's threshold and points of delivery for the Rollup tab's delivery to date. */
  delivery: DeliveryView;
}

export interface SubmissionOutcome {
  ready: boolean;
  errors: number;
  written: string[];
}

export interface CompareOutcome {
  /** The earlier version's file name (the one compared with); the open workbook (and its added files) is the later version. */
  earlier: string;
  comparison: Comparison;
  /** Every version, oldest first, the open workbook last: for the trend chart. */
  trend: TrendEntry[];
  /** Output sheets written (QIPP Changes, QIPP Exceptions). */
  written: string[];
  /** The open workbook: exceptions in added files name their file and cell instead of selecting. */
  openWorkbook?: string;
}

export type Result<T> = { ok: true; value: T } | { ok: false; message: string };

export type ProgressListener = (step: string, fraction: number) => void;

export interface QippActions {
  /** Plan sheets found in the open workbook plus any added plan files. */
  listPlans(): Promise<Result<PlanSummary[]>>;
  validate(onProgress?: ProgressListener): Promise<Result<ValidateOutcome>>;
  /** Validates, rolls up and writes the four output sheets. */
  buildRollups(onProgress?: ProgressListener): Promise<Result<RollupOutcome>>;
  writeSubmission(): Promise<Result<SubmissionOutcome>>;
  selectCell(sheet: string, cell: string): Promise<Result<void>>;
  /** Adds plan files that are not open, each checked at once; the same file again replaces the earlier copy. */
  addPlanFiles(files: { name: string; data: ArrayBuffer }[]): Promise<Result<AddedFilesOutcome>>;
  /** Removes an added plan file by name. */
  removePlanFile?(name: string): Promise<Result<AddedFilesOutcome>>;
  /** Uses a rule pack file's text (JSON), or null to go back to the workbook's or the bundled pack. */
  setRulePack(json: string | null, fileName?: string): Promise<Result<PackState>>;
  packState(): Promise<PackState>;
  /**
   * Compares earlier versions (files) with the open workbook: the latest earlier one as today's change, all of them
   * as the trend; writes QIPP Changes and QIPP Exceptions.
   */
  compareWith(files: { name: string; data: ArrayBuffer } | { name: string; data: ArrayBuffer }[], onProgress?: ProgressListener): Promise<Result<CompareOutcome>>;
  /** Writes one fix's chosen value into its one cell, on the user's click; what Undo needs comes back. */
  applyFix?(fix: CellFix, choice: number): Promise<Result<FixDone>>;
  /** Fix all: the same one-click fix in every cell of a group, as one step that one Undo reverses. */
  applyFixes?(fixes: CellFix[]): Promise<Result<FixDone>>;
  /** Puts the cell back as it was before the fix (refused when the cell has changed since). */
  undoFix?(done: FixDone): Promise<Result<void>>;
  /** The pack in force's organisations, for "New plan sheet…". */
  templateOrganisations?(): Promise<Result<string[]>>;
  /** Adds a plan sheet for the organisation; notes say what the host could not add (drop-downs, colours). */
  addPlanSheet?(organisation: string): Promise<Result<{ sheet: string; notes: string[] }>>;
}

export interface FixDone {
  fix: CellFix;
  sheet: string;
  cell: string;
  before: CellWrite | null;
  after: CellWrite;
  /** Fix all: every cell written in the one step (this one first), undone together. */
  batch?: { sheet: string; cell: string; before: CellWrite | null; after: CellWrite }[];
}
