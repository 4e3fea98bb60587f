import type { QippActions, Result } from "./actions";
import type { RulePack } from "../core/rules/schema";
import type { PlanTemplate } from "../core/template/model";
import type { Plan } from "../core/types";
import { addedFileLines } from "../core/messages/pane";

type Attempt = <T>(what: string, action: () => Promise<T>) => Promise<Result<T>>;

/** Writes a template's sheets into the open workbook; notes say what the host could not add. */
export interface TemplateWriter {
  /** Existing sheet names, so a new plan sheet never replaces one. */
  sheetNames(): Promise<string[]>;
  write(template: PlanTemplate): Promise<{ notes: string[] }>;
}

/** A sheet name not yet taken: "Leeds", then "Leeds (2)", within Excel's 31 characters. */
export function freeSheetName(wanted: string, taken: readonly string[]): string {
  const lower = new Set(taken.map((n) => n.toLowerCase()));
  if (!lower.has(wanted.toLowerCase())) return wanted;
  for (let i = 2; ; i++) {
    const suffix = ` (${i})`;
    const name = `${wanted.slice(0, 31 - suffix.length)}${suffix}`;
    if (!lower.has(name.toLowerCase())) return name;
  }
}

/** The pack in force and the plans already in the workbook (with its added files). */
export interface TemplateContext {
  pack: RulePack;
  plans: readonly Plan[];
}

const planned = (plans: readonly Plan[]) => new Map(plans.map((p) => [(p.organisation.matched ?? p.organisation.name).toLowerCase(), p]));

/** The workbook's SHAs' organisations first (those without a plan yet), then the rest of the pack. */
export function organisationsToOffer({ pack, plans }: TemplateContext): string[] {
  const shas = new Set(plans.map((p) => p.organisation.shaCode).filter(Boolean));
  const have = planned(plans);
  const free = pack.organisations.filter((o) => !have.has(o.name.toLowerCase()));
  return [...free.filter((o) => shas.has(o.sha)), ...free.filter((o) => !shas.has(o.sha))].map((o) => o.name);
}

export function templateActions(writer: TemplateWriter, context: () => Promise<TemplateContext>, attempt: Attempt): Pick<Required<QippActions>, "templateOrganisations" | "addPlanSheet"> {
  const pack = async () => (await context()).pack;
  return {
    templateOrganisations: () => attempt("list the pack's organisations", async () => organisationsToOffer(await context())),
    addPlanSheet: (organisation) =>
      attempt(`add a plan sheet for ${organisation}`, async () => {
        const existing = planned((await context()).plans).get(organisation.toLowerCase());
        // A second sheet would be a plan given twice: refused, in words, rather than "Black Country (2)".
        if (existing) throw new Error(addedFileLines.alreadyPlanned(organisation, existing.workbook, existing.sheet));
        // Loaded on the click: the pane's first bundle stays small.
        const { buildPlanTemplate } = await import(/* webpackChunkName: "plan-template" */ "../core/template/build");
        const template = buildPlanTemplate(await pack(), { organisation });
        const taken = await writer.sheetNames();
        template.plan.name = freeSheetName(template.plan.name, taken);
        const { notes } = await writer.write(template);
        return { sheet: template.plan.name, notes };
      }),
  };
}
