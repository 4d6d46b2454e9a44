import { describe, expect, it } from "vitest";
import { AppError } from "../../platform/errors/app-error.ts";
import {
  centsToDecimal,
  formatCompactMoney,
  formatMoney,
  parseAmount,
  parseCurrency,
} from "./money.ts";

const idOf = (f: () => unknown) => {
  try {
    f();
  } catch (e) {
    return e instanceof AppError ? e.id : String(e);
  }
  return "no error";
};

describe("parseAmount", () => {
  it("reads French, English and plain amounts into the same cents", () => {
    for (const typed of [
      "1 234 567,89",
      "1\u202f234\u202f567,89",
      "1\u00a0234\u00a0567,89",
      "1234567,89",
      "1,234,567.89",
      "1234567.89",
    ]) {
      expect(parseAmount(typed, "fr"), typed).toBe(123456789n);
      expect(parseAmount(typed, "en"), typed).toBe(123456789n);
    }
    expect(parseAmount("12", "fr")).toBe(1200n);
    expect(parseAmount("0,5", "fr")).toBe(50n);
    expect(parseAmount("0.05", "en")).toBe(5n);
  });

  it("reads 1,234 as a decimal in French (refused: 3 decimals) and as thousands in English", () => {
    expect(parseAmount("1,234", "en")).toBe(123400n);
    expect(idOf(() => parseAmount("1,234", "fr"))).toBe("financing_amount_precision");
  });

  it("refuses zero, negative, over two decimals and garbage with localised errors", () => {
    expect(idOf(() => parseAmount("0", "fr"))).toBe("financing_amount_not_positive");
    expect(idOf(() => parseAmount("0,00", "fr"))).toBe("financing_amount_not_positive");
    expect(idOf(() => parseAmount("-5", "en"))).toBe("financing_amount_not_positive");
    expect(idOf(() => parseAmount("−5,00", "fr"))).toBe("financing_amount_not_positive");
    expect(idOf(() => parseAmount("10.001", "en"))).toBe("financing_amount_precision");
    expect(idOf(() => parseAmount("12 34", "fr"))).toBe("financing_amount_invalid");
    expect(idOf(() => parseAmount("1,23,456.00", "en"))).toBe("financing_amount_invalid");
    expect(idOf(() => parseAmount("abc", "en"))).toBe("financing_amount_invalid");
    expect(idOf(() => parseAmount("1e5", "en"))).toBe("financing_amount_invalid");
    const e = (() => {
      try {
        parseAmount("-5", "fr");
      } catch (error) {
        return error as AppError;
      }
    })();
    expect(e?.messageIn("fr")).toContain("supérieur à zéro");
    expect(e?.messageIn("en")).toContain("greater than zero");
  });

  it("keeps every digit beyond 2^53 cents, where a float would not", () => {
    const typed = "90 071 992 547 409,93"; // 2^53 + 1 cents
    expect(parseAmount(typed, "fr")).toBe(2n ** 53n + 1n);
    expect(Math.round(Number("90071992547409.93") * 100)).not.toBe(2 ** 53 + 1);
  });
});

describe("formatMoney", () => {
  it("writes French with narrow no-break spaces and the currency after", () => {
    expect(formatMoney("fr", 123456789n, "CAD")).toBe("1\u202f234\u202f567,89\u00a0$\u00a0CA");
    expect(formatMoney("fr", 123456789n, "EUR")).toBe("1\u202f234\u202f567,89\u00a0€");
    expect(formatMoney("fr", 5n, "EUR")).toBe("0,05\u00a0€");
  });

  it("writes English with commas and the symbol before", () => {
    expect(formatMoney("en", 123456789n, "CAD")).toBe("CA$1,234,567.89");
    expect(formatMoney("en", 123456789n, "EUR")).toBe("€1,234,567.89");
    expect(formatMoney("en", 100n, "CAD")).toBe("CA$1.00");
  });

  it("round-trips through the parser", () => {
    for (const cents of [1n, 99n, 100n, 123456789n, 2n ** 53n + 1n]) {
      expect(parseAmount(formatMoney("fr", cents, "EUR").replace(/\u00a0€$/, ""), "fr")).toBe(
        cents,
      );
      expect(parseAmount(formatMoney("en", cents, "EUR").slice(1), "en")).toBe(cents);
      expect(parseAmount(centsToDecimal(cents), "fr")).toBe(cents);
    }
  });
});

describe("parseCurrency", () => {
  it("accepts CAD and EUR and refuses others with a localised error", () => {
    expect(parseCurrency("eur")).toBe("EUR");
    expect(parseCurrency("CAD")).toBe("CAD");
    expect(idOf(() => parseCurrency("USD"))).toBe("financing_unknown_currency");
  });
});

describe("formatCompactMoney", () => {
  it("reads at a glance, in the reader's typography, with a true minus sign", () => {
    const N = "\u00a0";
    expect(formatCompactMoney("fr", 4_450_000_000n, "CAD")).toBe(`44,5${N}M$${N}CA`);
    expect(formatCompactMoney("fr", 85_000_000n, "EUR")).toBe(`850${N}k€`);
    expect(formatCompactMoney("fr", 150_000_000_000n, "CAD")).toBe(`1,5${N}G$${N}CA`);
    expect(formatCompactMoney("fr", -150_000_000n, "EUR")).toBe(`\u22121,5${N}M€`);
    expect(formatCompactMoney("en", 4_450_000_000n, "CAD")).toBe("CA$44.5M");
    expect(formatCompactMoney("en", -150_000_000n, "EUR")).toBe("\u2212€1.5M");
    expect(formatCompactMoney("en", 12_345n, "EUR")).toBe("€123");
  });
});
