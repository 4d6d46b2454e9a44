import { describe, expect, it } from "vitest";
import {
  formatChange,
  formatDate,
  formatNumber,
  formatOrdinal,
  frenchTypography,
} from "./format.ts";

describe("formatDate", () => {
  it("writes French dates in full, with no time-zone shift", () => {
    expect(formatDate("fr", "2023-12-20")).toBe("20\u00a0décembre\u00a02023");
    expect(formatDate("fr", "2023-11-22")).toBe("22\u00a0novembre\u00a02023");
    expect(formatDate("en", "2023-11-22")).toBe("November 22, 2023");
  });
  it("writes the first of the month as « 1er »", () => {
    expect(formatDate("fr", "2024-01-01")).toBe("1er\u00a0janvier\u00a02024");
  });
  it("rejects what is not a date", () => {
    expect(() => formatDate("fr", "n'importe quoi")).toThrow(RangeError);
  });
});

describe("formatNumber", () => {
  it("groups thousands with a narrow no-break space and uses a decimal comma in French", () => {
    expect(formatNumber("fr", 1234.5)).toBe("1\u202f234,5");
    expect(formatNumber("en", 1234.5)).toBe("1,234.5");
  });
  it("writes negative numbers with a true minus sign in both languages", () => {
    expect(formatNumber("fr", -0.44)).toBe("\u22120,44");
    expect(formatNumber("en", -1234.5)).toBe("\u22121,234.5");
    expect(formatNumber("fr", 0.44)).not.toContain("\u2212");
  });
});

describe("formatOrdinal", () => {
  it("writes « 1er » and « 5ᵉ » in French, 1st, 2nd, 3rd, 11th and 90th in English", () => {
    expect([1, 5, 90].map((n) => formatOrdinal("fr", n))).toEqual(["1er", "5ᵉ", "90ᵉ"]);
    expect([1, 2, 3, 11, 90].map((n) => formatOrdinal("en", n))).toEqual([
      "1st",
      "2nd",
      "3rd",
      "11th",
      "90th",
    ]);
  });
});

describe("frenchTypography", () => {
  it("puts the right spaces before high punctuation and inside guillemets", () => {
    expect(frenchTypography("Objet: demande ; vraiment ? «oui»")).toBe(
      "Objet\u00a0: demande\u202f; vraiment\u202f? «\u00a0oui\u00a0»",
    );
  });
});

describe("formatChange", () => {
  it("signs a rise with a plus, a fall with a true minus, and leaves zero bare", () => {
    expect(formatChange("fr", 0.115, 3)).toBe("+0,115");
    expect(formatChange("en", -0.44)).toBe("\u22120.44");
    expect(formatChange("fr", -1234.5, 1)).toBe("\u22121\u202f234,5");
    expect(formatChange("en", 0)).toBe("0");
  });
});
