import fc from "fast-check";
import { fromSerial, parseDate, toSerial } from "../../src/core/read/dates";
import { endOfFinancialMonth, financialMonth, parsePeriod } from "../../src/core/read/period";

const YEARS = ["2011-12", "2012-13", "2013-14", "2014-15"];
const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
const day = fc.date({ min: new Date(Date.UTC(2000, 0, 1)), max: new Date(Date.UTC(2099, 11, 31)), noInvalidDate: true }).map((d) => ({
  y: d.getUTCFullYear(), m: d.getUTCMonth() + 1, d: d.getUTCDate(), iso: d.toISOString().slice(0, 10),
}));
const pad = (n: number) => String(n).padStart(2, "0");
const lastDay = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();

describe("dates as plans write them", () => {
  it("reads the same day from a serial, ISO text, dd/mm/yyyy, d Mmm yyyy and d Month yyyy", () => {
    fc.assert(
      fc.property(day, ({ y, m, d, iso }) => {
        expect(parseDate(toSerial(iso))).toBe(iso);
        expect(parseDate(iso)).toBe(iso);
        expect(parseDate(`${pad(d)}/${pad(m)}/${y}`)).toBe(iso);
        expect(parseDate(`${d} ${MONTHS[m - 1].slice(0, 3)} ${y}`)).toBe(iso);
        expect(parseDate(`${d} ${MONTHS[m - 1]} ${y}`)).toBe(iso);
      }),
    );
  });

  it("counts serials from 30 December 1899, as Excel's 1900 system does after its leap-year bug", () => {
    // https://learn.microsoft.com/en-us/office/troubleshoot/excel/wrongly-assumes-1900-is-leap-year
    expect(fromSerial(40786)).toBe("2011-08-31");
    expect(fromSerial(40724.75)).toBe("2011-06-30");
  });

  it("never takes an impossible day or a stray word for a date", () => {
    fc.assert(
      fc.property(fc.integer({ min: 2000, max: 2099 }), fc.integer({ min: 1, max: 12 }), (y, m) => {
        expect(parseDate(`${lastDay(y, m) + 1}/${pad(m)}/${y}`)).toBeNull();
        expect(parseDate(`01/13/${y}`)).toBeNull();
      }),
    );
    for (const text of ["soon", "tbc", "Q3", "", "31 Smarch 2011", "2011"]) expect(parseDate(text)).toBeNull();
    expect(parseDate(5)).toBeNull();
    expect(parseDate(true)).toBeNull();
  });
});

describe("reporting periods", () => {
  it("reads Month n, Mn and a bare n as month n of the forecast year, April being month 1", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 12 }), (n) => {
        const calendar = ((n + 2) % 12) + 1;
        const year = n <= 9 ? 2011 : 2012;
        const end = `${year}-${pad(calendar)}-${pad(lastDay(year, calendar))}`;
        for (const text of [`Month ${n}`, `M${n}`, `month ${n}`, String(n)]) expect(parsePeriod(text, YEARS, "2011-12")).toEqual({ end, month: n, year: "2011-12" });
        expect(parsePeriod(`Month ${n} 2012-13`, YEARS, "2011-12")?.end).toBe(`${year + 1}-${pad(calendar)}-${pad(lastDay(year + 1, calendar))}`);
      }),
    );
    expect(parsePeriod("Month 6", YEARS, "2011-12")).toEqual({ end: "2011-09-30", month: 6, year: "2011-12" });
  });

  it("reads September 2011, Sep-11 and a date cell on the 1st as the month's end; other dates as themselves", () => {
    fc.assert(
      fc.property(day, ({ y, m, d, iso }) => {
        const end = `${y}-${pad(m)}-${pad(lastDay(y, m))}`;
        expect(parsePeriod(`${MONTHS[m - 1]} ${y}`, YEARS, "2011-12")?.end).toBe(end);
        expect(parsePeriod(`${MONTHS[m - 1].slice(0, 3)}-${String(y).slice(2)}`, YEARS, "2011-12")?.end).toBe(end);
        expect(parsePeriod(toSerial(iso), YEARS, "2011-12")?.end).toBe(d === 1 ? end : iso);
        expect(parsePeriod(`${pad(d)}/${pad(m)}/${y}`, YEARS, "2011-12")?.end).toBe(iso);
      }),
    );
  });

  it("places a period end in the pack's financial year, or in none", () => {
    fc.assert(
      fc.property(day, ({ y, m, iso }) => {
        const fm = financialMonth(iso, YEARS);
        const start = m >= 4 ? y : y - 1;
        const inPack = start >= 2011 && start <= 2014;
        expect(fm.year).toBe(inPack ? `${start}-${pad((start + 1) % 100)}` : null);
        if (fm.month !== null) expect(endOfFinancialMonth(fm.month, fm.year!).slice(0, 7)).toBe(iso.slice(0, 7));
      }),
    );
  });

  it("answers null, never a guess, for a label it cannot read", () => {
    for (const raw of ["Month 13", "M0", "Q2", "tbc", "2011-15", "Septembre 2011", true, null, 0.5]) expect(parsePeriod(raw, YEARS, "2011-12")).toBeNull();
  });
});
