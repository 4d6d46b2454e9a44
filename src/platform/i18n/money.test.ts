import { describe, expect, it } from "vitest";
import { centsToDecimal, formatMoney } from "./money.ts";

describe("formatMoney", () => {
  it("writes French amounts with narrow spaces between groups and the currency after", () => {
    expect(formatMoney("fr", 123456789n, "CAD")).toBe("1\u202f234\u202f567,89\u00a0$\u00a0CA");
    expect(formatMoney("fr", 123456789, "EUR")).toBe("1\u202f234\u202f567,89\u00a0€");
    expect(formatMoney("fr", 5n, "EUR")).toBe("0,05\u00a0€");
    expect(formatMoney("fr", -150n, "EUR")).toBe("\u22121,50\u00a0€");
  });

  it("writes English amounts with the currency first and comma groups", () => {
    expect(formatMoney("en", 123456789n, "CAD")).toBe("CA$1,234,567.89");
    expect(formatMoney("en", 100, "CAD")).toBe("CA$1.00");
    expect(formatMoney("en", -150n, "EUR")).toBe("\u2212€1.50");
  });

  it("leaves out zero cents only when asked, and keeps cents that are there", () => {
    const round = { cents: "when-any" } as const;
    expect(formatMoney("fr", 25_000_000, "CAD", round)).toBe("250\u202f000\u00a0$\u00a0CA");
    expect(formatMoney("en", 25_000_000, "CAD", round)).toBe("CA$250,000");
    expect(formatMoney("fr", 150_050, "EUR", round)).toBe("1\u202f500,50\u00a0€");
    expect(formatMoney("en", 150_050, "EUR", round)).toBe("€1,500.50");
  });

  it("gives number and bigint cents the same text, and refuses a fraction of a cent", () => {
    for (const cents of [0, 7, 99_999_99, 2 ** 53 - 1])
      expect(formatMoney("fr", cents, "EUR")).toBe(formatMoney("fr", BigInt(cents), "EUR"));
    expect(() => formatMoney("fr", 1.5, "EUR")).toThrow(RangeError);
  });
});

describe("centsToDecimal", () => {
  it("carries exact decimals, past 2^53 cents too", () => {
    expect(centsToDecimal(25_000_050)).toBe("250000.50");
    expect(centsToDecimal(-5n)).toBe("-0.05");
    expect(centsToDecimal(12345678901234567890n)).toBe("123456789012345678.90");
  });
});
