import { describe, expect, it } from "vitest";
import type { RateBook } from "./queries.ts";
import { convertCents, divideHalfEven, invert, parseRate, rateToDecimal } from "./rate.ts";
import { type Amounts, amountIn } from "./totals.ts";

const book = (eurToCad: string): RateBook => {
  const r = parseRate(eurToCad);
  return {
    at: "2024-01-02",
    used: null,
    rate: (from, to) => (from === to ? { num: 1n, den: 1n } : from === "EUR" ? r : invert(r)),
  };
};

describe("divideHalfEven", () => {
  it("rounds to the nearest integer and exact halves to the even one", () => {
    expect(divideHalfEven(14n, 10n)).toBe(1n);
    expect(divideHalfEven(16n, 10n)).toBe(2n);
    expect(divideHalfEven(15n, 10n)).toBe(2n); // 1.5 → 2
    expect(divideHalfEven(25n, 10n)).toBe(2n); // 2.5 → 2, where half-up gives 3
    expect(divideHalfEven(35n, 10n)).toBe(4n);
    expect(divideHalfEven(-25n, 10n)).toBe(-2n);
  });
});

describe("conversion", () => {
  it("converts at the stated rate, rounding once half to even", () => {
    const r = parseRate("1.4683");
    expect(r).toEqual({ num: 14683n, den: 10000n });
    // 1,000.00 EUR × 1.4683 = 1,468.30 CAD exactly.
    expect(convertCents(100000n, r)).toBe(146830n);
    // 0.05 EUR × 1.5 = 0.075 CAD: a tie, to the even cent 0.08; 0.15 × 1.5 = 0.225 → 0.22.
    expect(convertCents(5n, parseRate("1.5"))).toBe(8n);
    expect(convertCents(15n, parseRate("1.5"))).toBe(22n);
  });

  it("inverts exactly: CAD→EUR is cents × 10^k / n, not cents × a rounded 1/rate", () => {
    const r = parseRate("1.4683");
    // 1,468.30 CAD back is exactly 1,000.00 EUR.
    expect(convertCents(146830n, invert(r))).toBe(100000n);
    // 1,000,000.00 CAD / 1.4683 = 68,105,972.89… cents (computed apart with exact fractions).
    expect(convertCents(100000000n, invert(r))).toBe(68105973n);
    expect(rateToDecimal(invert(r))).toBe("0.68105973");
    // 10 billion CAD: the exact inverse gives 681,059,728,938 cents; multiplying by the rounded
    // 0.68105973 would give 681,059,730,000, 10.62 EUR off.
    expect(convertCents(10n ** 12n, invert(r))).toBe(681059728938n);
  });

  it("keeps exact what floats get wrong", () => {
    // 0.10 + 0.20 EUR at 1.5: floats give 0.30000000000000004 × 1.5 ...
    expect(0.1 + 0.2).not.toBe(0.3);
    const amounts: Amounts = { CAD: 0n, EUR: 10n + 20n };
    expect(amountIn(amounts, "CAD", book("1.5"))).toBe(45n);
    // Near 2^53 cents: float multiplication loses the last cents.
    const big = 2n ** 53n + 1n; // 90,071,992,547,409.93 EUR
    // Computed apart with exact fractions: 13,225,270,665,736,199.7… → …200 cents.
    expect(convertCents(big, parseRate("1.4683"))).toBe(13225270665736200n);
    expect(BigInt(Math.round(Number(big) * 1.4683))).toBe(13225270665736198n);
  });

  it("sums per currency before converting, so totals do not drift by a cent per line", () => {
    // Three lines of 0.01 EUR at 1.5: each alone would be 0.015 → 0.02 (half-even), three
    // converted one by one make 0.06 CAD; summed first, 0.03 EUR is 0.045 → 0.04 CAD.
    const perLine = 3n * convertCents(1n, parseRate("1.5"));
    expect(perLine).toBe(6n);
    expect(amountIn({ CAD: 0n, EUR: 3n }, "CAD", book("1.5"))).toBe(4n);
  });

  it("refuses rates that are zero, negative or too precise", () => {
    expect(() => parseRate("0")).toThrow();
    expect(() => parseRate("-1.2")).toThrow();
    expect(() => parseRate("1.123456789")).toThrow();
    expect(parseRate("1,46830000")).toEqual({ num: 146830000n, den: 100000000n });
  });
});
