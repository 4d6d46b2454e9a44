import { describe, expect, it } from "vitest";
import {
  centsToDecimal,
  formatDecimalText,
  formatMoney,
  parseCents,
  parseDecimalText,
} from "./money.ts";

const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, " ");

describe("call amounts", () => {
  it("reads amounts typed in French or English into exact cents", () => {
    expect(parseCents("250 000")).toBe(25_000_000);
    expect(parseCents("250\u202f000,5")).toBe(25_000_050);
    expect(parseCents("250,000.50")).toBe(25_000_050);
    expect(parseCents("0.29")).toBe(29);
    expect(parseCents("1,234")).toBe(123_400);
  });

  it("refuses what is not an amount of at most two decimals", () => {
    for (const bad of ["", "abc", "-5", "1,2,3", "10.999", "1e6", "99999999999999"]) {
      expect(parseCents(bad), bad).toBeNull();
    }
  });

  it("writes amounts in each language and currency", () => {
    expect(plain(formatMoney("fr", 25_000_000, "CAD"))).toBe("250 000 $ CA");
    expect(plain(formatMoney("fr", 150_050, "EUR"))).toBe("1 500,50 €");
    expect(formatMoney("en", 25_000_000, "CAD")).toBe("CA$250,000");
    expect(formatMoney("en", 150_050, "EUR")).toBe("€1,500.50");
    expect(centsToDecimal(25_000_050)).toBe("250000.50");
  });

  it("reads rates and weights as exact decimals", () => {
    expect(parseDecimalText("12,50", 2)).toBe("12.5");
    expect(parseDecimalText("007", 2)).toBe("7");
    expect(parseDecimalText("1.234", 2)).toBeNull();
    expect(formatDecimalText("fr", "12.50")).toBe("12,5");
    expect(formatDecimalText("en", "50.00")).toBe("50");
  });
});
