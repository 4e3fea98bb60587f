import { buildPlanTemplate } from "../../src/core/template/build";
import { listValues } from "../../src/core/template/lists";
import { defaultPack } from "../support/pack";

const pack = defaultPack();
const template = buildPlanTemplate(pack, { organisation: "Arden", rows: 3 });
const header = template.plan.rows[5].map((c) => c.value);
const letter = (h: string) => String.fromCharCode(65 + header.indexOf(h));

describe("the plan template's in-year columns", () => {
  it("offers the monitoring columns and a Reporting month label above the table", () => {
    expect(header.slice(-9)).toEqual([
      "YTD plan £000", "YTD actual £000", "Activity plan YTD", "Activity actual YTD", "Next milestone", "Milestone due", "Milestone status", "QIA", "WTE change",
    ]);
    expect(template.plan.rows[4].map((c) => c.value)).toEqual(["Reporting month:", null]);
  });

  it("formats the due date as a date and the money as £000", () => {
    expect(template.plan.rows[6][header.indexOf("Milestone due")].numberFormat).toBe("dd/mm/yyyy");
    expect(template.plan.rows[6][header.indexOf("YTD actual £000")].numberFormat).toBe("#,##0");
  });

  it("gives milestone status and QIA drop-downs from the QIPP Lists sheet", () => {
    const lists = Object.fromEntries(template.plan.validations.filter((v) => v.type === "list").map((v) => [v.range, v.type === "list" ? v.source : ""]));
    expect(lists[`${letter("Milestone status")}7:${letter("Milestone status")}9`]).toBe("='QIPP Lists'!$F$2:$F$5");
    expect(lists[`${letter("QIA")}7:${letter("QIA")}9`]).toBe("='QIPP Lists'!$G$2:$G$5");
    expect(listValues(pack).milestoneStatus).toContain("Complete");
    expect(listValues(pack).qia).toEqual(["Yes", "No", "In progress", "Not started"]);
  });

  it("leaves them out when asked for a plan without in-year columns", () => {
    const plain = buildPlanTemplate(pack, { optional: ["lead"] });
    expect(plain.plan.rows[5].map((c) => c.value)).not.toContain("YTD plan £000");
    expect(plain.plan.rows[4]).toEqual([]);
  });
});
