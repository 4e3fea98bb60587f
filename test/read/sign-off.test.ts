import type { SheetGrid } from "../../src/core/grid";
import { readWorkbook } from "../../src/core/read/workbook";
import { defaultPack } from "../../src/core/rules/load";
import { indexPack } from "../../src/core/rules/match";

const plan = (name: string): SheetGrid => ({
  name, top: 0, left: 0,
  values: [["Organisation:", "Tees"], ["Ref", "Scheme name", "Workstream", "RAG", "2011/12", "2012/13", "2013/14", "2014/15"], ["T1", "One", "Right Care", "G", 1, 1, 1, 1]],
});
const cover: SheetGrid = {
  name: "Cover", top: 1, left: 0,
  values: [["Prepared by", null, "Ann Clerk"], ["QIPP lead:", "Jo Bloggs"], ["Date signed", 40834], ["SHA finance director", null]],
};

describe("sign-off values from the Cover sheet", () => {
  it("reads each label's value to its right (a colon after the label too) for every plan of the workbook; a blank label gives nothing", () => {
    const { plans } = readWorkbook({ name: "tees.xlsx", sheets: [cover, plan("Tees"), plan("Tees 2")] }, indexPack(defaultPack()));
    expect(plans).toHaveLength(2);
    for (const p of plans) {
      expect(p.signOff).toEqual({
        "Prepared by": { cell: "C2", raw: "Ann Clerk", text: "Ann Clerk", sheet: "Cover" },
        "QIPP lead": { cell: "B3", raw: "Jo Bloggs", text: "Jo Bloggs", sheet: "Cover" },
        "Date signed": { cell: "B4", raw: 40834, text: "40834", sheet: "Cover" },
      });
    }
  });

  it("leaves signOff out without a Cover sheet", () => {
    expect(readWorkbook({ name: "tees.xlsx", sheets: [plan("Tees")] }, indexPack(defaultPack())).plans[0].signOff).toBeUndefined();
  });
});
