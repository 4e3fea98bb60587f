import { unitInText } from "../../src/core/read/units";
import { yearColumnKind, yearInHeader } from "../../src/core/read/years";

const YEARS = ["2011-12", "2012-13", "2013-14", "2014-15"];

describe("financial-year headers", () => {
  it.each([
    ["2011/12", "2011-12"], ["2012-13", "2012-13"], ["13/14", "2013-14"], ["2014/2015", "2014-15"], ["FY 2011/12", "2011-12"],
    ["Savings 11/12 (£000)", "2011-12"], ["FY12-13", "2012-13"], ["2013 - 14 £'000", "2013-14"],
  ])("%s is %s", (header, year) => expect(yearInHeader(header, YEARS)).toBe(year));

  it.each(["2010/11", "2011/13", "Scheme 2011", "Ref 123/456", "Total"])("%s names no pack year", (header) => expect(yearInHeader(header, YEARS)).toBeUndefined());

  it.each([
    ["Forecast 2011-12", "forecast"], ["Forecast outturn 11/12", "forecast"], ["Actual 2011/12", "other"], ["Activity 2012/13", "other"], ["Savings 2011/12", "savings"],
  ])("%s is a %s column", (header, kind) => expect(yearColumnKind(header)).toBe(kind));
});

describe("units", () => {
  it.each([
    ["All figures £m", "millions"], ["£ millions", "millions"], ["Savings (£)", "pounds"], ["in pounds", "pounds"], ["£'000", "thousands"],
    ["£k", "thousands"], ["£ thousands", "thousands"], ["Savings 11/12 (£000)", "thousands"], ["QIPP plan", undefined], ["Total £1,234", undefined],
  ])("%s means %s", (text, unit) => expect(unitInText(text)).toBe(unit));
});
