import { describe, expect, it } from "vitest";
import { formatDate, formatNumber, frenchTypography } from "./format.ts";

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
});

describe("frenchTypography", () => {
  it("puts the right spaces before high punctuation and inside guillemets", () => {
    expect(frenchTypography("Objet: demande ; vraiment ? «oui»")).toBe(
      "Objet\u00a0: demande\u202f; vraiment\u202f? «\u00a0oui\u00a0»",
    );
  });
});
