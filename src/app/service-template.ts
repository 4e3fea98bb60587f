import type { QippActions, Result } from "./actions";
import type { RulePack } from "../core/rules/schema";
import type { PlanTemplate } from "../core/template/model";

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

export function templateActions(writer: TemplateWriter, pack: () => Promise<RulePack>, attempt: Attempt): Pick<Required<QippActions>, "templateOrganisations" | "addPlanSheet"> {
  return {
    templateOrganisations: () => attempt("list the pack's organisations", async () => (await pack()).organisations.map((o) => o.name)),
    addPlanSheet: (organisation) =>
      attempt(`add a plan sheet for ${organisation}`, async () => {
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
