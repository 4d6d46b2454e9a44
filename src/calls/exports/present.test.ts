import { describe, expect, it } from "vitest";
import { entryName, meanText } from "./present.ts";

describe("the exports' presenters", () => {
  it("keeps an entry name to one path part that every system unpacks", () => {
    expect(entryName("Budget / annexe: v2?")).toBe("Budget - annexe- v2-");
    expect(entryName("../x\u0000")).toBe("..-x-");
    expect(entryName("  ")).toBe("-");
    expect(entryName("..")).toBe("-");
  });

  it("writes the mean to two decimals, and nothing without one", () => {
    expect(meanText(3.5)).toBe("3.50");
    expect(meanText(11 / 3)).toBe("3.67");
    expect(meanText(null)).toBe("");
  });
});
