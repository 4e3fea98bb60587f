import { toPence } from "../../src/core/money";
import type { Plan, ReportingPeriod, Scheme } from "../../src/core/types";
import { makePlan, type SchemeSpec } from "./plans";

/** Month 5 (August) or month 6 (September) of 2011-12, as issue 15's reader gives it. */
export function period(month: 5 | 6, sheet = "Cover"): ReportingPeriod {
  const end = month === 5 ? "2011-08-31" : "2011-09-30";
  return { end, month, year: "2011-12", sheet, cell: "B3", raw: end };
}

interface CardScheme extends SchemeSpec {
  risks?: string;
  lead?: string;
  /** £000 */
  ytd?: [number, number];
}

/** A scheme with the in-year, risk and lead fields issue 15's reader fills. */
function withExtras(s: Scheme, spec: CardScheme): Scheme {
  if (spec.risks) s.text.risks = { cell: `L${s.row}`, raw: spec.risks, text: spec.risks };
  if (spec.lead) s.text.lead = { cell: `M${s.row}`, raw: spec.lead, text: spec.lead };
  if (spec.ytd) {
    s.ytdPlan = { cell: `N${s.row}`, raw: spec.ytd[0], value: toPence(spec.ytd[0]) };
    s.ytdActual = { cell: `O${s.row}`, raw: spec.ytd[1], value: toPence(spec.ytd[1]) };
  }
  return s;
}

function plan(workbook: string, org: string, sha: string, month: 5 | 6, schemes: CardScheme[]): Plan {
  const p = makePlan({ workbook, sheet: org, matched: org, shaCode: sha, schemes });
  p.schemes = p.schemes.map((s, i) => withExtras(s, schemes[i]));
  p.period = period(month);
  return p;
}

/** Two SHA clusters (North of England, London), three SHAs' worth of organisations, months 5 and 6. */
export function clusterPlans(): Plan[] {
  return [
    plan("North East.xlsx", "Tees", "Q30", 6, [
      { ref: "T1", name: "Elective referrals", savings: [1000, 1000, 500, 500], rag: "red", workstream: "Right Care", risks: "Activity over plan in the first quarter", lead: "Dr A Shaw", ytd: [500, 300] },
      { ref: "T2", name: "Prescribing", savings: [200, 200, 200, 200], rag: "green", workstream: "Medicines Use and Procurement", risks: "Provider timetable for the new contract", lead: "J Wood", ytd: [100, 100] },
      { ref: "T3", name: "Small scheme", savings: [20, 20, 20, 20], rag: "red", workstream: "Right Care", lead: "K Lee", ytd: [10, 5] },
    ]),
    plan("North East.xlsx", "North of Tyne", "Q30", 5, [
      { ref: "N1", name: "Community beds", savings: [400, 400, 400, 400], rag: "amber", workstream: "Long Term Conditions", risks: "Recruiting a dedicated project manager", lead: "P Hall", ytd: [150, 120] },
      { ref: "N2", name: "Back office", savings: [50, 50, 50, 50], rag: "red", workstream: "Back Office Efficiency and Management Costs", risks: "CCG authorisation diverting focus", lead: "R Kay", ytd: [20, 10] },
    ]),
    plan("London.xlsx", "North West London", "Q36", 6, [
      { ref: "L1", name: "Urgent care centres", savings: [800, 800, 800, 800], rag: "red", workstream: "Urgent and Emergency Care", risks: "Staff vacancies in A&E", lead: "M Patel", ytd: [400, 200] },
      { ref: "L2", name: "Outpatient follow-ups", savings: [300, 300, 300, 300], rag: "green", workstream: "Right Care", ytd: [150, 160] },
    ]),
  ];
}

/** One SHA's return: the North East plans only. */
export function singleShaPlans(): Plan[] {
  return clusterPlans().filter((p) => p.organisation.shaCode === "Q30");
}
