import { toThousands, type Pence } from "../money";
import type { RulePack } from "../rules/schema";
import type { RagOrUnrated, Scheme } from "../types";
import { inYearReasons } from "./in-year-reasons";
import { forecastFacts, schemeCell, schemeText, schemeTotal } from "./scheme-facts";

export const EXCEPTION_REASONS = [
  "activity-over-plan", "behind-plan", "deteriorated", "forecast-below-plan", "milestone-overdue", "red", "savings-reduced",
] as const;
export type ExceptionReason = (typeof EXCEPTION_REASONS)[number];

/** A scheme that needs a conversation, with where to find it in the (later) plan. */
export interface SchemeException {
  organisation: string;
  shaCode: string | null;
  ref: string;
  name: string;
  /** In EXCEPTION_REASONS order (alphabetical). */
  reasons: ExceptionReason[];
  /** One sentence per reason, same order: "forecast is 63% of plan …". */
  messages: string[];
  /** The largest sum any one reason puts at risk (never added up, so nothing counts twice). */
  valueAtRisk: Pence;
  /** At least the pack's materiality threshold: listed one by one; the rest are counted on one line. */
  material: boolean;
  rag: RagOrUnrated;
  lead: string;
  risks: string;
  workbook: string;
  sheet: string;
  cell: string;
}

/** The scheme as it stood in the earlier version, for deteriorated and savings-reduced. */
export interface EarlierScheme {
  rag: RagOrUnrated;
  total: Pence;
}

const RAG_RANK: Partial<Record<RagOrUnrated, number>> = { green: 0, amber: 1, red: 2 };
// One formatter for the module: toLocaleString with options builds a new one on every call (the rollup's hot spot).
const THOUSANDS = new Intl.NumberFormat("en-GB", { maximumFractionDigits: 0 });
const k = (pence: Pence) => `£${THOUSANDS.format(toThousands(pence))}k`;

/** Whether, and why, a scheme is an exception under the pack's thresholds; null when it is not. */
export function schemeException(
  scheme: Scheme,
  where: { organisation: string; shaCode: string | null; periodEnd?: string | null },
  pack: RulePack,
  earlier?: EarlierScheme,
): SchemeException | null {
  const years = pack.years;
  const forecastYear = pack.forecastYear ?? years[0];
  const { forecastBelowPlanPercent, savingsReducedOver, materialityThousands } = pack.parameters.exceptions;
  const total = schemeTotal(scheme, years);
  const found = new Map<ExceptionReason, { message: string; value: Pence; cell?: string }>();

  const before = earlier ? RAG_RANK[earlier.rag] : undefined;
  const now = RAG_RANK[scheme.rag];
  if (earlier && before !== undefined && now !== undefined && now > before) {
    found.set("deteriorated", { message: `RAG worse since the earlier version: ${earlier.rag} → ${scheme.rag}`, value: total });
  }
  const { planned, forecast, cell: forecastCell } = forecastFacts(scheme, forecastYear);
  if (forecast !== null && planned > 0 && forecast * 100 < planned * forecastBelowPlanPercent) {
    // Rounded down, so a forecast under the threshold never reads as reaching it.
    const percent = Math.floor((100 * forecast) / planned);
    found.set("forecast-below-plan", { message: `forecast is ${percent}% of plan (${k(forecast)} of ${k(planned)} in ${forecastYear})`, value: planned - forecast });
  }
  if (scheme.rag === "red") found.set("red", { message: "rated red", value: total });
  if (earlier && earlier.total - total > Math.round(savingsReducedOver * 100_000)) {
    found.set("savings-reduced", { message: `four-year total down ${k(earlier.total - total)} (from ${k(earlier.total)} to ${k(total)})`, value: earlier.total - total });
  }
  for (const r of inYearReasons(scheme, pack, where.periodEnd)) found.set(r.reason, r);
  if (found.size === 0) return null;

  const reasons = EXCEPTION_REASONS.filter((r) => found.has(r));
  const ragReason = found.has("red") || found.has("deteriorated");
  const valueAtRisk = Math.max(...reasons.map((r) => found.get(r)!.value));
  return {
    organisation: where.organisation,
    shaCode: where.shaCode,
    ref: schemeText(scheme, "schemeRef"),
    name: schemeText(scheme, "schemeName"),
    reasons,
    messages: reasons.map((r) => found.get(r)!.message),
    valueAtRisk,
    material: valueAtRisk >= Math.round(materialityThousands * 100_000),
    rag: scheme.rag,
    lead: schemeText(scheme, "lead"),
    risks: schemeText(scheme, "risks"),
    workbook: scheme.workbook,
    sheet: scheme.sheet,
    cell: ragReason ? schemeCell(scheme, "rag") : found.has("forecast-below-plan") && forecastCell ? forecastCell : (inYearCell(found) ?? schemeCell(scheme, "schemeRef")),
  };
}

/** The cell of the in-year reason that puts the most at risk. */
function inYearCell(found: Map<ExceptionReason, { value: Pence; cell?: string }>): string | undefined {
  let best: { value: Pence; cell?: string } | undefined;
  for (const r of found.values()) if (r.cell && (!best || r.value > best.value)) best = r;
  return best?.cell;
}

/** Largest value at risk first; ties in a stable, readable order. */
export function sortExceptions(list: SchemeException[]): SchemeException[] {
  const text = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  return list.sort((a, b) => b.valueAtRisk - a.valueAtRisk || text(a.organisation, b.organisation) || text(a.ref, b.ref) || text(a.name, b.name));
}
