import { describe, expect, it } from "vitest";
import { classify, meetsThreshold } from "./classification.ts";
import { stageSupplyRisk } from "./eu-supply-risk.ts";
import { EU_THRESHOLDS_2023 } from "./reference-values.ts";

describe("criticality thresholds (EU 2023: SR ≥ 1.0 and EI ≥ 2.8, inclusive)", () => {
  it("are cited data", () => {
    expect(EU_THRESHOLDS_2023).toMatchObject({ supplyRisk: 1.0, economicImportance: 2.8 });
    expect(EU_THRESHOLDS_2023.source).toMatch(/2017/);
  });

  it("count a material at exactly SR 1.0 and EI 2.8 as critical", () => {
    const c = classify(1.0, 2.8, EU_THRESHOLDS_2023);
    expect(c).toMatchObject({
      critical: true,
      basis: "thresholds",
      meetsSupplyRisk: true,
      meetsEconomicImportance: true,
    });
  });

  it("do not count values just below either threshold", () => {
    expect(classify(0.99, 2.8, EU_THRESHOLDS_2023).critical).toBe(false);
    expect(classify(1.0, 2.79, EU_THRESHOLDS_2023).critical).toBe(false);
    expect(classify(5, 1, EU_THRESHOLDS_2023)).toMatchObject({
      meetsSupplyRisk: true,
      meetsEconomicImportance: false,
    });
  });

  it("count a computed SR of 1.0 that floating point gives as 0.9999999999999999", () => {
    const sr = stageSupplyRisk({ hhiWgiTGlobal: 1 / ((1 - 0.3) * 0.9), eolRir: 0.3, siSr: 0.9 });
    expect(sr).toBeLessThan(1);
    expect(meetsThreshold(sr, 1.0)).toBe(true);
    expect(classify(sr, 2.8, EU_THRESHOLDS_2023).critical).toBe(true);
  });

  it("give the strategic basis to a listed material below the thresholds (copper)", () => {
    expect(classify(0.1, 4.0, EU_THRESHOLDS_2023, true)).toMatchObject({
      critical: true,
      basis: "strategic",
    });
    expect(classify(0.1, 4.0, EU_THRESHOLDS_2023, false)).toMatchObject({
      critical: false,
      basis: null,
    });
    // Thresholds take precedence when met.
    expect(classify(2, 4, EU_THRESHOLDS_2023, true).basis).toBe("thresholds");
  });

  it("reject negative or non-finite values with a typed error", () => {
    expect(() => classify(-1, 3, EU_THRESHOLDS_2023)).toThrow(
      expect.objectContaining({ code: "invalid_parameter" }),
    );
    expect(() => classify(Number.NaN, 3, EU_THRESHOLDS_2023)).toThrow(
      expect.objectContaining({ code: "invalid_parameter" }),
    );
  });
});
