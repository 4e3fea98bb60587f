import ExcelJS from "exceljs";
import pack from "../../src/core/rules/default-pack.json";
import { officeService, smallPlans, snapshot } from "./books";

type Rows = ExcelJS.CellValue[][];
const json = (doc: unknown): Rows => [[JSON.stringify(doc)]];
const without = (key: string) => Object.fromEntries(Object.entries(pack).filter(([k]) => k !== key));

// Each malformed QIPP Rules sheet, and the field its message must name.
const CASES: [string, Rows, RegExp][] = [
  ["a number field given text (JSON)", json({ ...pack, parameters: { ...pack.parameters, totalTolerance: "two" } }), /parameters\.totalTolerance/],
  ["a number field given text (key/value rows)", [["Key", "Value"], ["parameters.totalTolerance", "two"]], /parameters\.totalTolerance/],
  ["an unknown top-level field", json({ ...pack, colour: "blue" }), /colour/],
  ["an unknown field inside the parameters", [["parameters.tolerence", "2"]], /tolerence/],
  ["no SHA code list", json(without("shas")), /shas/],
  ["an empty list of organisations", json({ ...pack, organisations: [] }), /organisations/],
  ["an organisation whose SHA is not in the list", json({ ...pack, organisations: [{ name: "Nowhere", sha: "Q99", aliases: [] }] }), /organisations\.0\.sha/],
  ["years given as a string", json({ ...pack, years: "2011-12" }), /years/],
  ["junk prose", [["These are our local rules, see Bob"], ["tolerance: about 2 or 3?"]], /QIPP Rules.*not a rule pack key/s],
  ["broken JSON", [['{"name": "local", "years": [']], /QIPP Rules.*not valid JSON/s],
  ["an empty sheet with only a header row", [["Key", "Value"]], /QIPP Rules.*neither a JSON pack nor key\/value rows/s],
];

describe("a malformed QIPP Rules sheet stops Build rollups with one clear message and nothing written", () => {
  it.each(CASES)("%s", async (_what, rows, field) => {
    const wb = smallPlans();
    const rules = wb.addWorksheet("QIPP Rules");
    rows.forEach((row) => rules.addRow(row));
    const before = snapshot(wb);
    const { service, emulator } = officeService(wb);

    const result = await service.buildRollups();

    expect(result.ok).toBe(false);
    const message = result.ok ? "" : result.message;
    expect(message).toMatch(field);
    expect(message).toMatch(/Nothing was written/);
    expect(message.split("Nothing was written")).toHaveLength(2);
    expect(emulator.workbook.worksheets.map((ws) => ws.name)).toEqual(["Tees", "North of Tyne", "QIPP Rules"]);
    expect(snapshot(emulator.workbook)).toEqual(before);
  });
});
