import { organisationsToOffer, templateActions } from "../../src/app/service-template";
import { defaultPack } from "../support/pack";
import { makePlan } from "../support/plans";

const pack = defaultPack();
const plans = [makePlan({ workbook: "london.xlsx", sheet: "NCL", matched: "North Central London", shaCode: "Q36" })];

describe("New plan sheet's organisations", () => {
  it("offers the workbook's SHA's organisations first, without those that already have a plan", () => {
    const offered = organisationsToOffer({ pack, plans });
    expect(offered.slice(0, 4)).toEqual(["North East London and the City", "North West London", "South East London", "South West London"]);
    expect(offered).not.toContain("North Central London");
    expect(offered).toHaveLength(pack.organisations.length - 1);
  });

  it("refuses an organisation that already has a plan, saying where it is", async () => {
    const write = jest.fn(async () => ({ notes: [] }));
    const attempt = async <T,>(what: string, action: () => Promise<T>) => {
      try {
        return { ok: true as const, value: await action() };
      } catch (e) {
        return { ok: false as const, message: `Could not ${what}: ${(e as Error).message}` };
      }
    };
    const actions = templateActions({ sheetNames: async () => ["NCL"], write }, async () => ({ pack, plans }), attempt);
    expect(await actions.addPlanSheet("North Central London")).toEqual({
      ok: false,
      message: "Could not add a plan sheet for North Central London: North Central London already has a plan (london.xlsx, sheet NCL): work on that sheet rather than adding a second one",
    });
    expect(write).not.toHaveBeenCalled();
  });
});
