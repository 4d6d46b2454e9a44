import { describe, expect, it } from "vitest";
import { assessEu } from "./eu-assessment.ts";
import type { EuMaterialInput } from "./eu-inputs.ts";
import { blendScopes, bottleneck, hhiWgiT, stageSupplyRisk } from "./eu-supply-risk.ts";
import { EU_THRESHOLDS_2023 } from "./reference-values.ts";
import { buildWgiIndex } from "./wgi-index.ts";

/** Six equal estimates m give a scaled WGI of (2.5 − m) · 2. */
const entry = (scaled: number) => {
  const m = 2.5 - scaled / 2;
  return { estimates: { va: m, pv: m, ge: m, rq: m, rl: m, cc: m } };
};
const wgi = buildWgiIndex(
  new Map([
    ["AAA", entry(6)],
    ["BBB", entry(4)],
    ["CCC", entry(2)],
    ["CAN", entry(1)],
    ["FRA", entry(1.5)],
  ]),
);

describe("EU supply-risk formulas", () => {
  it("HHI_WGI,t = Σ s² · WGI · t", () => {
    expect(hhiWgiT([0.5, 0.3, 0.2], [6, 4, 2])).toBeCloseTo(0.25 * 6 + 0.09 * 4 + 0.04 * 2, 14);
    expect(hhiWgiT([0.5, 0.5], [6, 4], [1.1, 1])).toBeCloseTo(0.25 * 6 * 1.1 + 0.25 * 4, 14);
  });

  it("rejects shares outside [0, 1] or not summing to 1 (invalid_share)", () => {
    expect(() => hhiWgiT([1.2, -0.2], [1, 1])).toThrow(
      expect.objectContaining({ code: "invalid_share" }),
    );
    expect(() => hhiWgiT([0.5, 0.4], [1, 1])).toThrow(
      expect.objectContaining({ code: "invalid_share", details: { sum: 0.9 } }),
    );
  });

  it("blends the two scopes with IR/2, and lets a lone scope stand alone", () => {
    expect(blendScopes(2, 1, 0.6)).toBeCloseTo(2 * 0.3 + 1 * 0.7, 14);
    expect(blendScopes(2, undefined, undefined)).toBe(2);
    expect(blendScopes(undefined, 1, undefined)).toBe(1);
    expect(() => blendScopes(2, 1, undefined)).toThrow(
      expect.objectContaining({ code: "missing_input" }),
    );
    expect(() => blendScopes(2, 1, 1.5)).toThrow(
      expect.objectContaining({ code: "invalid_parameter" }),
    );
  });

  it("SR = bracket · (1 − EoL_RIR) · SI_SR; the material's SR is its bottleneck stage", () => {
    expect(
      stageSupplyRisk({
        hhiWgiTGlobal: 2,
        hhiWgiTParty: 1,
        importReliance: 0.6,
        eolRir: 0.2,
        siSr: 0.9,
      }),
    ).toBeCloseTo(1.3 * 0.8 * 0.9, 14);
    expect(
      bottleneck([
        { stage: "extraction", supplyRisk: 0.4 },
        { stage: "processing", supplyRisk: 0.5 },
      ]),
    ).toEqual({ stage: "processing", supplyRisk: 0.5 });
  });
});

describe("each party's view (assessEu)", () => {
  const material: EuMaterialInput = {
    material: "Testium",
    economicImportance: 3,
    eolRir: 0.2,
    siSr: 0.9,
    stages: [
      {
        stage: "extraction",
        globalSupply: [
          { country: "AAA", quantity: 50 },
          { country: "BBB", quantity: 30 },
          { country: "CCC", quantity: 20 },
          { country: "World", quantity: 100, kind: "total" },
        ],
        sourcing: {
          "france-eu": {
            rows: [
              { country: "FRA", quantity: 20 },
              { country: "AAA", quantity: 80 },
            ],
            importReliance: 0.8,
            domestic: ["FRA"],
          },
        },
      },
      { stage: "processing", globalSupply: [{ country: "AAA", quantity: 1 }] },
    ],
    strategicFor: ["quebec-canada"],
  };

  it("global view: global supply alone, bottleneck over the stages", () => {
    const out = assessEu(material, "global", wgi, EU_THRESHOLDS_2023);
    if (out.status !== "ok") throw new Error("expected ok");
    expect(out.stages[0]?.supplyRisk).toBeCloseTo(1.94 * 0.72, 13);
    expect(out.stages[0]?.productionHhi).toBeCloseTo(0.38, 14);
    expect(out.stages[1]?.supplyRisk).toBeCloseTo(6 * 0.72, 13); // monopoly of AAA
    expect(out).toMatchObject({ bottleneckStage: "processing", source: "computed" });
    expect(out.supplyRisk).toBeCloseTo(4.32, 13);
    expect(out.classification).toMatchObject({ critical: true, basis: "thresholds" });
  });

  it("France/EU view: both scopes blended with the EU's import reliance where it has sourcing", () => {
    const out = assessEu(material, "france-eu", wgi, EU_THRESHOLDS_2023);
    // The processing stage has no EU sourcing: the view says so instead of guessing.
    expect(out).toMatchObject({
      status: "missing_inputs",
      missing: [{ input: "party_sourcing", stage: "processing" }],
    });
    const single = { ...material, stages: material.stages.slice(0, 1) };
    const ok = assessEu(single, "france-eu", wgi, EU_THRESHOLDS_2023);
    if (ok.status !== "ok") throw new Error("expected ok");
    const party = 0.04 * 1.5 + 0.64 * 6;
    expect(ok.stages[0]?.hhiWgiTParty).toBeCloseTo(party, 13);
    expect(ok.supplyRisk).toBeCloseTo((1.94 * 0.4 + party * 0.6) * 0.72, 13);
  });

  it('a stage declared global-only for a party uses global supply alone (EU "GSonly")', () => {
    const gsOnly = {
      ...material,
      stages: [
        {
          ...(material.stages[1] as EuMaterialInput["stages"][number]),
          globalOnlyFor: ["france-eu" as const],
        },
      ],
    };
    const out = assessEu(gsOnly, "france-eu", wgi, EU_THRESHOLDS_2023);
    if (out.status !== "ok") throw new Error("expected ok");
    expect(out.supplyRisk).toBeCloseTo(6 * 0.72, 13);
    expect(out.stages[0]).toMatchObject({ hhiWgiTParty: null, importReliance: null });
    expect(assessEu(gsOnly, "quebec-canada", wgi, EU_THRESHOLDS_2023).status).toBe(
      "missing_inputs",
    );
  });

  it("Québec/Canada view: missing inputs listed; its strategic list applies to its view only", () => {
    const out = assessEu(material, "quebec-canada", wgi, EU_THRESHOLDS_2023);
    expect(out).toMatchObject({
      status: "missing_inputs",
      missing: [
        { input: "party_sourcing", stage: "extraction" },
        { input: "party_sourcing", stage: "processing" },
      ],
    });
    const withPublished = {
      ...material,
      published: { "quebec-canada": { supplyRisk: 0.2, source: "test" } },
    };
    const pub = assessEu(withPublished, "quebec-canada", wgi, EU_THRESHOLDS_2023);
    expect(pub).toMatchObject({
      status: "ok",
      source: "published",
      classification: { basis: "strategic" },
    });
  });

  it("lists missing EoL-RIR and SI instead of crashing (group rows of the EU table)", () => {
    const out = assessEu(
      { ...material, eolRir: undefined, siSr: undefined },
      "global",
      wgi,
      EU_THRESHOLDS_2023,
    );
    expect(out).toMatchObject({
      status: "missing_inputs",
      missing: [{ input: "eol_rir" }, { input: "substitution_index" }],
    });
  });

  it("throws typed errors on inconsistent inputs", () => {
    const bad = {
      ...material,
      stages: [{ stage: "extraction" as const, globalSupply: [{ country: "AAA", quantity: -1 }] }],
    };
    expect(() => assessEu(bad, "global", wgi, EU_THRESHOLDS_2023)).toThrow(
      expect.objectContaining({
        code: "invalid_quantity",
        details: expect.objectContaining({ country: "AAA", quantity: -1 }),
      }),
    );
  });
});
