import type { RollupOutcome, ValidateOutcome } from "../app/actions";
import { toThousands } from "../core/money";
import type { Notice } from "./run-command";

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;
const thousands = new Intl.NumberFormat("en-GB", { maximumFractionDigits: 0 });

function counts(outcome: ValidateOutcome): string {
  const { errors, warnings, schemes, plans } = outcome.summary;
  return `${plural(plans, "plan")}, ${plural(schemes, "scheme")}: ${plural(errors, "error")}, ${plural(warnings, "warning")}`;
}

function packLine(outcome: ValidateOutcome): string {
  const { pack } = outcome;
  return pack.error ? ` Rule pack problem: ${pack.error}` : ` Rule pack: ${pack.name} ${pack.version}.`;
}

export function validateNotice(outcome: ValidateOutcome): Notice {
  if (outcome.summary.plans === 0) {
    return { kind: "warning", title: "No plan sheets found", text: `No sheet in this workbook looks like a QIPP plan. Open the QIPP pane to see why.${packLine(outcome)}` };
  }
  const where = outcome.written.length > 0 ? ` See the ${outcome.written.join(", ")} sheet.` : "";
  return {
    kind: outcome.summary.errors > 0 ? "warning" : "success",
    title: outcome.summary.errors > 0 ? "Plans need attention" : "Plans are valid",
    text: `${counts(outcome)}.${where}${packLine(outcome)}`,
  };
}

export function rollupNotice(outcome: RollupOutcome): Notice {
  if (outcome.summary.plans === 0) return validateNotice(outcome);
  const national = thousands.format(toThousands(outcome.rollup.national.qippSavings.total));
  const blocked = outcome.summary.errors > 0 ? ` The submission is not ready: ${plural(outcome.summary.errors, "error")} to fix.` : "";
  return {
    kind: outcome.summary.errors > 0 ? "warning" : "success",
    title: "Rollups built",
    text: `Total QIPP savings £${national}k over ${counts(outcome)}. Written: ${outcome.written.join(", ")}.${blocked}`,
  };
}
