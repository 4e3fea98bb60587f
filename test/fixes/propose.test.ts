import fc from "fast-check";
import { closestName } from "../../src/core/fixes/similar";
import { obviousNumber, proposeFixes } from "../../src/core/fixes/propose";
import { validateWorkbooks } from "../../src/core/pipeline";
import { defaultPack } from "../../src/core/rules/load";
import type { CellValue } from "../../src/core/grid";

const pack = defaultPack();

describe("closest pack name", () => {
  it.each([
    ["Urgent care", "Urgent and Emergency Care"],
    ["Urgent cares", "Urgent and Emergency Care"],
    ["Medicine management", "Medicines Use and Procurement"],
    ["Long term condition", "Long Term Conditions"],
    ["End of life", "End of Life Care"],
  ])("%s -> %s", (typed, name) => {
    expect(closestName(typed, pack.workstreams)).toBe(name);
  });

  it.each(["Misc", "Quality", "xyz", "Care"])("offers nothing for %s", (typed) => {
    expect(closestName(typed, pack.workstreams)).toBeUndefined();
  });

  it("a pack name with one letter dropped comes back to that name, or to nothing when two are as close", () => {
    const names = pack.workstreams.map((w) => w.name);
    fc.assert(fc.property(fc.constantFrom(...names), fc.nat(), (name, at) => {
      const i = 1 + (at % (name.length - 1));
      const typo = name.slice(0, i) + name.slice(i + 1);
      const found = closestName(typo, pack.workstreams);
      return found === undefined || found === name;
    }));
  });
});

describe("obvious numbers", () => {
  it.each([["1 200", 1200], ["'45", 45], ["120k", 120], ["12 345.5", 12345.5]])("%s -> %d", (text, n) => {
    expect(obviousNumber(text)).toBe(n);
  });
  it.each(["tbc", "about 40", "120", "1,200", "40 or 50"])("no obvious number in %s", (text) => {
    expect(obviousNumber(text)).toBeUndefined();
  });
});

function plan(rows: CellValue[][]) {
  const values: CellValue[][] = [
    ["Organisation:", "Leicestershire County and Rutland"],
    ["Scheme ref", "Scheme name", "National workstream", "RAG", "2011-12", "2012-13", "2013-14", "2014-15", "Total"],
    ...rows,
  ];
  return validateWorkbooks([{ name: "book.xlsx", sheets: [{ name: "Plan", values, top: 0, left: 0 }] }]);
}

describe("proposeFixes", () => {
  it("offers one fix per finding with an obvious fix, at the finding's cell, and none for the rest", () => {
    const v = plan([
      ["S1", "One", "Urgent cares", "Green", 1, 2, 3, 4, 10],
      ["S2", "Two", "Safe Care", "TBC", 1, 1, 1, 1, 4],
      ["S3", "Three", "Safe Care", "Amber", "120k", 1, 1, 1, null],
      ["S4", "Four", "Safe Care", "Green", 1, 1, 1, 1, 99],
      ["S5", "Five", "Gardening", "Green", 1, 1, 1, 1, 4],
    ]);
    const fixes = proposeFixes(v.findings, v.plans, v.pack);
    const byCell = Object.fromEntries(fixes.map((f) => [f.cell, f]));
    expect(Object.keys(byCell).sort()).toEqual(["C3", "D4", "E5", "I6"]);
    expect(byCell.C3).toMatchObject({ old: "Urgent cares", choices: [{ label: "Urgent and Emergency Care", write: { kind: "value", value: "Urgent and Emergency Care" } }] });
    expect(byCell.D4.choices.map((c) => c.label)).toEqual(["Red", "Amber", "Green"]);
    expect(byCell.E5.choices).toEqual([{ label: "120", write: { kind: "value", value: 120 } }]);
    expect(byCell.I6.choices).toEqual([{ label: "=SUM(E6:H6)", write: { kind: "formula", formula: "SUM(E6:H6)" } }]);
    // Each fix is at a finding's cell.
    for (const f of fixes) expect(v.findings.some((x) => x.cell === f.cell && x.sheet === f.sheet)).toBe(true);
  });
});
