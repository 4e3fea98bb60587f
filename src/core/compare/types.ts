import type { Pence } from "../money";
import type { SchemeException } from "../rollup/exceptions";
import type { ByYear, Rollup } from "../rollup/types";
import type { Rag, RagOrUnrated, Year } from "../types";
import type { MatchedBy } from "./match";
import type { Movement } from "./movements";

export type ChangeStatus = "new" | "dropped" | "changed" | "unchanged";

export interface SchemeChange {
  organisation: string;
  shaCode: string | null;
  ref: string;
  name: string;
  status: ChangeStatus;
  matchedBy: MatchedBy | null;
  ragBefore: RagOrUnrated | null;
  ragAfter: RagOrUnrated | null;
  /** Savings by year and four-year total, pence; null on the side the scheme is missing from. */
  before: ByYear | null;
  after: ByYear | null;
  /** Where it is in the later version (else the earlier one, for a dropped scheme). */
  workbook: string;
  sheet: string;
  cell: string;
  side: "after" | "before";
}

/** before + new − dropped + changed = after, four-year totals in pence. */
export interface Bridge {
  before: Pence;
  after: Pence;
  new: Pence;
  dropped: Pence;
  changed: Pence;
}

export type RagMatrix<T> = Record<RagOrUnrated, Record<RagOrUnrated, T>>;

/** Schemes on both sides, from their earlier RAG (outer key) to their later RAG; value is the later four-year total. */
export interface RagMigration {
  count: RagMatrix<number>;
  value: RagMatrix<Pence>;
}

export interface LevelChange extends Bridge {
  name: string;
  /** SHA code for an SHA; the organisation's SHA for an organisation. */
  code: string | null;
  shaCode: string | null;
  cluster: string | null;
  planRagBefore: Rag | null;
  planRagAfter: Rag | null;
  migration: RagMigration;
  counts: Record<ChangeStatus, number>;
}

export interface Comparison {
  years: Year[];
  schemes: SchemeChange[];
  organisations: LevelChange[];
  shas: LevelChange[];
  shaClusters: LevelChange[];
  national: LevelChange;
  /** Schemes of the later version that need a conversation, largest value at risk first. */
  exceptions: SchemeException[];
  /** Dropped schemes and big RAG improvements, to confirm with their organisations; largest first. */
  movements: Movement[];
  /** Plain sentences about what could not be compared (an organisation in one version only). */
  notes: string[];
  before: Rollup;
  after: Rollup;
}
