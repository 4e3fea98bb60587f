import type { PackState, PlanSummary, QippActions, RollupOutcome, ValidateOutcome } from "../../src/app/actions";
import type { Finding } from "../../src/core/types";
import { deliveryView } from "../../src/app/delivery-view";
import { defaultPack } from "../../src/core/rules/load";
import type { ParentRollup, Rollup, Totals } from "../../src/core/rollup/types";

export const DEFAULT_PACK: PackState = { name: "QIPP default", version: "2011.1", source: "default" };
/** The bundled pack's delivery view: behind under 90%, the four acute points of delivery. */
export const DELIVERY_VIEW = deliveryView(defaultPack());

export function finding(over: Partial<Finding>): Finding {
  return { rule: "value/not-number", severity: "error", workbook: "sha.xlsx", sheet: "Plan A", cell: "E7", field: "savings", value: "tbc", message: "Savings 2012-13 is the text 'tbc', not a number", ...over };
}

export function plan(over: Partial<PlanSummary> = {}): PlanSummary {
  return { workbook: "sha.xlsx", sheet: "Plan A", organisation: "Tyne and Wear", shaCode: "Q30", shaName: "North East", schemes: 12, totalThousands: 4321, ...over };
}

export function validateOutcome(findings: Finding[], plans: PlanSummary[] = [plan()]): ValidateOutcome {
  const count = (s: Finding["severity"]) => findings.filter((f) => f.severity === s).length;
  return {
    pack: DEFAULT_PACK, plans, findings, written: ["QIPP Validation"],
    summary: { errors: count("error"), warnings: count("warning"), infos: count("info"), schemes: 12, plans: plans.length },
  };
}

function totals(pence: number): Totals {
  return {
    schemes: 3, savings: { total: pence }, qippSavings: { total: pence }, managementCost: 0, byWorkstream: {}, byPointOfDelivery: {},
    ragValue: { red: pence / 2, amber: pence / 4, green: pence / 4, unrated: 0 }, ragCount: { red: 1, amber: 1, green: 1, unrated: 0 },
    riskAdjusted: pence / 2, delivery: null, demandManagement: { total: 0, onTrack: 0 }, figuresOnErrorCells: 0,
  };
}

function parent(pence: number): ParentRollup {
  return { ...totals(pence), planRagCount: { red: 1, amber: 0, green: 0 }, budget: null, shareOfNational: 100, shareOfBudget: null };
}

export function rollupOutcome(nationalPence: number): RollupOutcome {
  const rollup: Rollup = {
    years: ["2011-12", "2012-13", "2013-14", "2014-15"],
    organisations: [{ ...totals(nationalPence), name: "Tyne and Wear", code: "5KG", shaCode: "Q30", sources: [], budget: null, planRag: "red", planRagSource: "computed" }],
    shas: [{ ...parent(nationalPence), code: "Q30", name: "North East", cluster: "North of England", largestSchemes: [] }],
    shaClusters: [{ ...parent(nationalPence), name: "North of England" }],
    national: parent(nationalPence),
    findings: [],
    exceptions: [],
  };
  return { ...validateOutcome([]), rollup, delivery: DELIVERY_VIEW, written: ["QIPP Validation", "QIPP Rollup", "QIPP RAG Summary", "QIPP Submission"] };
}

/** Every action succeeds with an empty workbook unless overridden; calls are recorded by jest.fn. */
export function fakeActions(over: Partial<QippActions> = {}): jest.Mocked<QippActions> {
  return {
    listPlans: jest.fn(async () => ({ ok: true as const, value: [] })),
    validate: jest.fn(async () => ({ ok: true as const, value: validateOutcome([]) })),
    buildRollups: jest.fn(async () => ({ ok: true as const, value: rollupOutcome(0) })),
    writeSubmission: jest.fn(async () => ({ ok: true as const, value: { ready: true, errors: 0, written: ["QIPP Submission"] } })),
    selectCell: jest.fn(async () => ({ ok: true as const, value: undefined })),
    addPlanFiles: jest.fn(async () => ({ ok: true as const, value: [] })),
    setRulePack: jest.fn(async () => ({ ok: true as const, value: DEFAULT_PACK })),
    packState: jest.fn(async () => DEFAULT_PACK),
    ...over,
  } as jest.Mocked<QippActions>;
}
