import fc from "fast-check";
import { parseMoney, parseNumberText, toPence, toThousands } from "../../src/core/money";

/** £000 with up to 5 decimals (a penny), as an exact integer of pence and its decimal text. */
const pennies = fc.integer({ min: -9_000_000_000_000, max: 9_000_000_000_000 });
const asDecimalText = (pence: number) => {
  const sign = pence < 0 ? "-" : "";
  const abs = Math.abs(pence);
  return `${sign}${Math.floor(abs / 100_000)}.${String(abs % 100_000).padStart(5, "0")}`;
};
const withCommas = (digits: string) => digits.replace(/\B(?=(\d{3})+(?!\d))/g, ",");

describe("money", () => {
  it("round-trips pence through £000 numbers", () => {
    fc.assert(fc.property(pennies, (p) => toPence(toThousands(p)) === p));
  });

  it("parses decimal text to the exact penny", () => {
    fc.assert(fc.property(pennies, (p) => {
      const parsed = parseMoney(asDecimalText(p));
      return parsed.kind === "number" && parsed.pence === p;
    }));
  });

  it("reads thousands separators, pound signs and brackets as finance staff type them", () => {
    fc.assert(fc.property(fc.integer({ min: 0, max: 10_000_000 }), fc.integer({ min: 0, max: 99 }), (whole, pence) => {
      const text = `${withCommas(String(whole))}.${String(pence).padStart(2, "0")}`;
      const expected = toPence(whole + pence / 100);
      const plain = parseMoney(`£${text}`), bracketed = parseMoney(`(${text})`);
      return plain.kind === "number" && plain.pence === expected && bracketed.kind === "number" && bracketed.pence === -expected;
    }));
  });

  it.each([
    ["1,234", 1234], ["£1,234.50", 1234.5], ["(150)", -150], ["-3", -3], [" 12 ", 12], ["£(1,000)", -1000],
  ])("reads %s as %s", (text, value) => expect(parseNumberText(text)).toBe(value));

  it.each(["tbc", "1,23", "12abc", "(12", "--3", "1.2.3", "£", "n/a", "1e5"])("refuses %s", (text) => {
    expect(parseMoney(text).kind).toBe("text");
  });

  it("treats blank and a dash as nothing, and error values as errors", () => {
    expect(parseMoney(null).kind).toBe("empty");
    expect(parseMoney(" - ").kind).toBe("empty");
    expect(parseMoney("#DIV/0!")).toEqual({ kind: "error", code: "#DIV/0!" });
  });

  it("scales £m and £ into £000", () => {
    expect(parseMoney(1.5, "millions")).toEqual({ kind: "number", pence: 150_000_000 });
    expect(parseMoney("2,500", "pounds")).toEqual({ kind: "number", pence: 250_000 });
  });

  it("never lets a float sum drift: adding pence is exact where adding £000 floats is not", () => {
    const values = Array.from({ length: 1000 }, () => 0.1);
    expect(values.map((v) => toPence(v)).reduce((a, b) => a + b, 0)).toBe(10_000_000);
  });
});
