import { matchSchemes } from "../../src/core/compare";
import { makeScheme } from "../support/plans";

const s = (ref: string, name: string) => makeScheme({ ref, name });
const summary = (pairs: ReturnType<typeof matchSchemes>) =>
  pairs.map((p) => `${p.before?.text.schemeRef?.text ?? "-"}>${p.after?.text.schemeRef?.text ?? "-"}:${p.matchedBy ?? "none"}`).sort();

test("matches by reference (spacing and case aside), then renumbered schemes by name", () => {
  const before = [s("A1", "Care homes"), s("A2", "Prescribing"), s("A3", "Outpatients")];
  const after = [s(" a1", "Care homes (extended)"), s("B7", "prescribing"), s("A9", "Walk-in centre")];
  expect(summary(matchSchemes(before, after))).toEqual(["->A9:none", "A1> a1:ref", "A2>B7:name", "A3>-:none"]);
});

test("a name shared by two schemes on either side matches nothing, and a reference on both sides is never matched by name", () => {
  const before = [s("A1", "Care homes"), s("A2", "Care homes"), s("C1", "Telehealth")];
  const after = [s("B1", "Care homes"), s("C1", "Other"), s("D1", "Telehealth")];
  expect(summary(matchSchemes(before, after))).toEqual(["->B1:none", "->D1:none", "A1>-:none", "A2>-:none", "C1>C1:ref"]);
});
