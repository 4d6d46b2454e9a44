import { describe, expect, it } from "vitest";
import { assess } from "./assessment.ts";
import { assessEu } from "./eu-assessment.ts";
import type { EuMaterialInput } from "./eu-inputs.ts";
import { EU_THRESHOLDS_2023 } from "./reference-values.ts";
import type { PartyId } from "./types.ts";
import { buildWgiIndex } from "./wgi-index.ts";

const m = 2.5 - 4 / 2; // six equal estimates → scaled WGI 4
const wgi = buildWgiIndex(
  new Map([["AAA", { estimates: { va: m, pv: m, ge: m, rq: m, rl: m, cc: m } }]]),
);
const good: EuMaterialInput = {
  material: "Good",
  economicImportance: 3,
  eolRir: 0,
  siSr: 1,
  stages: [{ stage: "extraction", globalSupply: [{ country: "AAA", quantity: 10 }] }],
};
const bad: EuMaterialInput = {
  ...good,
  material: "Bad",
  stages: [{ stage: "extraction", globalSupply: [{ country: "AAA", quantity: Number.NaN }] }],
};

describe("full assessment", () => {
  const out = assess({
    vintage: "test",
    wgi,
    thresholds: EU_THRESHOLDS_2023,
    eu: [good, bad],
    geopolrisk: [
      { material: "Good", year: 2022, worldProduction: [{ country: "AAA", quantity: 10 }] },
    ],
  });

  it("gives every material × party, saying whose view each figure is", () => {
    expect(out.map((a) => `${a.material}/${a.party}`)).toEqual([
      "Good/global",
      "Good/quebec-canada",
      "Good/france-eu",
      "Bad/global",
      "Bad/quebec-canada",
      "Bad/france-eu",
    ]);
    expect(out[0]?.eu).toMatchObject({ status: "ok", party: "global", supplyRisk: 4 });
    expect(out[0]?.geopolrisk).toMatchObject({
      status: "missing_inputs",
      missing: [{ input: "imports" }],
    });
    expect(out[3]?.geopolrisk).toBeNull();
  });

  it("turns a material's inconsistent inputs into an error outcome and carries on", () => {
    expect(out[3]?.eu).toMatchObject({
      status: "error",
      code: "invalid_quantity",
      details: expect.objectContaining({ country: "AAA" }),
    });
    expect(out[1]?.eu).toMatchObject({ status: "missing_inputs" });
  });

  it("rejects an unknown party with a typed error", () => {
    expect(() => assessEu(good, "mars" as PartyId, wgi, EU_THRESHOLDS_2023)).toThrow(
      expect.objectContaining({
        code: "unknown_party",
        details: expect.objectContaining({ party: "mars" }),
      }),
    );
  });
});
