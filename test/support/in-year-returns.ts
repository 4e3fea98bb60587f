import type { CellValue, WorkbookGrids } from "../../src/core/grid";

/**
 * Three monthly returns laid out three ways, for hand-computed expectations (test/in-year/returns.test.ts):
 * 1. arden-m6.xlsx: £000, two plan sheets, the month on a Cover sheet ("Month 6" of 2011-12).
 * 2. berkshire-asat.xlsx: £m (stated in the title), an "As at" date cell (Excel serial 40786 = 31 Aug 2011).
 * 3. hampshire-sep.xlsx: £000 stated in each header, in-year columns before the years, "Period: September 2011".
 */
const sheet = (name: string, values: CellValue[][]) => ({ name, values, top: 0, left: 0 });

const HEAD_1 = [
  "Scheme ref", "Scheme name", "National workstream", "Point of delivery", "RAG", "2011-12", "2012-13", "2013-14", "2014-15",
  "YTD plan", "YTD actual", "Activity plan YTD", "Activity actual YTD", "Next milestone", "Milestone due", "Milestone status", "QIA", "WTE change",
];

export const ardenM6: WorkbookGrids = {
  name: "arden-m6.xlsx",
  sheets: [
    sheet("Cover", [["QIPP monthly return"], ["Reporting month", "Month 6"]]),
    sheet("Arden", [
      ["Organisation", "Arden"],
      [],
      HEAD_1,
      // Row 4
      ["AR1", "Admission avoidance", "Urgent and Emergency Care", "Non-elective", "Amber/Green", 1000, 1200, 1400, 1400, 500, 300, -1200, -350, "Community beds open", "31/07/2011", "In progress", "Yes", -2.5],
      // Row 5: a due date and a QIA date as Excel serials (40724 = 30 June 2011, 40675 = 12 May 2011)
      ["AR2", "Telehealth", "Long Term Conditions", "Elective", "Green", 400, 400, 400, 400, 200, 190, -300, -310, "Pilot live", 40724, "Complete", 40675, 1],
      // Row 6: bad input: a YTD actual of 'tbc', a due date of 'soon', a QIA in draft
      ["AR3", "Prescribing review", "Medicines Use and Procurement", "Prescribing", "Amber/Red", 250, 250, 250, 250, 120, "tbc", null, null, "Formulary agreed", "soon", null, "Draft", null],
    ]),
    sheet("Black Country", [
      ["Organisation", "Black Country"],
      [],
      HEAD_1,
      ["BC1", "Outpatient follow-ups", "Right Care", "Outpatients", "Red", 600, 600, 600, 600, 300, 280, -2000, -1500, "Clinics redesigned", "15 Aug 2011", "Achieved", "Signed off", -4],
      ["BC2", "Virtual ward", "Urgent and Emergency Care", "Non-elective", "Amber", 500, 500, 0, 0, 250, 100, -600, -600, "Virtual ward open", "1 Sep 2011", null, null, 0.5],
    ]),
  ],
};

export const berkshireAsAt: WorkbookGrids = {
  name: "berkshire-asat.xlsx",
  sheets: [
    sheet("Berkshire", [
      ["QIPP monitoring return (£m)"],
      ["As at", 40786],
      [],
      [
        "Ref", "Scheme", "Workstream", "POD", "RAG rating", "Savings 2011/12", "Savings 2012/13", "Savings 2013/14", "Savings 2014/15",
        "Plan YTD", "Actual YTD", "Planned activity YTD", "Actual activity YTD", "Milestone", "Due date", "Milestone status", "QIA signed off", "WTE change",
      ],
      // Row 5
      ["BK1", "Stroke pathway", "Urgent and Emergency Care", "Non-elective", "AG", 2, 1.3, 1.4, 1.5, 1.3, 0.82, -1000, -400, "Stroke unit open", "30 Sep 2011", null, "Approved", -3],
      // Row 6
      ["BK2", "Back office", "Back Office Efficiency and Management Costs", "Corporate", "A/R", 0.5, 0.5, 0.5, 0.5, 0.25, 0.2501, null, null, "Shared service", "31/07/2011", "Done", "N", -1.5],
    ]),
  ],
};

export const hampshireSep: WorkbookGrids = {
  name: "hampshire-sep.xlsx",
  sheets: [
    sheet("Hampshire", [
      ["Organisation: Hampshire and Isle of Wight"],
      ["Period: September 2011"],
      [
        "Scheme ref", "Scheme name", "Year to date plan (£000)", "Year to date actual (£000)", "YTD activity plan", "YTD activity actual",
        "Key milestone", "Milestone date", "Milestone status", "Quality impact assessment", "Workforce change (WTE)",
        "National workstream", "Point of delivery", "RAG status", "2011/12", "2012/13", "2013/14", "2014/15",
      ],
      // Row 4: activity exactly 10% over plan (20 of 200) is not over
      ["HI1", "Falls prevention", 150, 160, -200, -180, null, null, null, "Completed", 2, "Safe Care", "Non-elective", "Green", 300, 300, 300, 300],
      // Row 5
      ["HI2", "Community equipment", 100, 89, null, null, "Contract let", "29/09/2011", "Delayed", "y", null, "Right Care", "Community", "Amber", 200, 200, 200, 200],
    ]),
  ],
};
