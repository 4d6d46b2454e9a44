import { describe, expect, it } from "vitest";
import { assessEu } from "./eu-assessment.ts";
import type { EuMaterialInput } from "./eu-inputs.ts";
import { monteCarlo } from "./monte-carlo.ts";
import { EU_THRESHOLDS_2023 } from "./reference-values.ts";
import type { WgiEntry } from "./wgi.ts";
import { buildWgiIndex } from "./wgi-index.ts";

/** Six equal estimates giving scaled WGI `scaled`, each with standard error `se`. */
const entry = (scaled: number, se: number): WgiEntry => {
  const m = 2.5 - scaled / 2;
  return {
    estimates: { va: m, pv: m, ge: m, rq: m, rl: m, cc: m },
    stdErrors: { va: se, pv: se, ge: se, rq: se, rl: se, cc: se },
  };
};
const table = (se: number) =>
  new Map(Array.from({ length: 10 }, (_, i) => [`C${i}`, entry(1 + (i % 8), se)] as const));

const material = (
  name: string,
  rows: [string, number][],
  eolRir: number,
  rse = 0,
): EuMaterialInput => ({
  material: name,
  economicImportance: 4,
  eolRir,
  siSr: 1,
  stages: [
    {
      stage: "extraction",
      globalSupply: rows.map(([country, quantity]) => ({
        country,
        quantity,
        relativeStdError: rse,
      })),
    },
  ],
});

const materials = [
  // Monopoly of a country with scaled WGI 8: SR = 8, far above 1.0.
  material("High", [["C7", 100]], 0),
  // Ten equal producers, WGI 1–8, 1, 2 (mean 3.9): HHI_WGI = 0.39; with EoL 0.5 → SR 0.195.
  material(
    "Low",
    Array.from({ length: 10 }, (_, i) => [`C${i}`, 10] as [string, number]),
    0.5,
  ),
  // Two producers (WGI 4 and 5) near the threshold: 0.25 · 9 · 0.45 = 1.0125, ±10 % output.
  material(
    "Edge",
    [
      ["C3", 50],
      ["C4", 50],
    ],
    0.55,
    0.1,
  ),
  // SR 0.5, far below, but listed as strategic for the view.
  material("Copper", [["C0", 100]], 0.5),
].map((m) => (m.material === "Copper" ? { ...m, strategicFor: ["global" as const] } : m));

const run = (seed: number, se = 0.2, draws = 2000) =>
  monteCarlo({
    materials,
    party: "global",
    wgi: buildWgiIndex(table(se)),
    thresholds: EU_THRESHOLDS_2023,
    draws,
    seed,
  });

describe("Monte Carlo over WGI standard errors and production estimates", () => {
  it("is reproducible: same seed → identical output; another seed → other draws", () => {
    expect(run(123)).toEqual(run(123));
    expect(run(124).materials[2]?.p50).not.toBe(run(123).materials[2]?.p50);
  });

  it("orders its percentiles and keeps probabilities in [0, 1]", () => {
    for (const m of run(1).materials) {
      expect(m.p5).toBeLessThanOrEqual(m.p50);
      expect(m.p50).toBeLessThanOrEqual(m.p95);
      expect(m.probabilityCritical).toBeGreaterThanOrEqual(0);
      expect(m.probabilityCritical).toBeLessThanOrEqual(1);
    }
  });

  it("gives ≈ 1 far above the thresholds, ≈ 0 far below, in between at the edge", () => {
    const [high, low, edge, copper] = run(5).materials;
    expect(high?.probabilityCritical).toBe(1);
    expect(low?.probabilityCritical).toBe(0);
    expect(edge?.probabilityCritical).toBeGreaterThan(0.05);
    expect(edge?.probabilityCritical).toBeLessThan(0.95);
    expect(copper).toMatchObject({ probabilityMeetsThresholds: 0, probabilityCritical: 1 });
  });

  it("with zero standard errors, p5 = p50 = p95 = the deterministic SR", () => {
    const out = monteCarlo({
      materials: materials.map((m) =>
        material(
          m.material,
          [
            ["C3", 50],
            ["C4", 30],
            ["C5", 20],
          ],
          0.1,
        ),
      ),
      party: "global",
      wgi: buildWgiIndex(table(0)),
      thresholds: EU_THRESHOLDS_2023,
      draws: 500,
      seed: 9,
    });
    const wgi = buildWgiIndex(table(0));
    for (const m of out.materials) {
      const det = assessEu(
        material(
          m.material,
          [
            ["C3", 50],
            ["C4", 30],
            ["C5", 20],
          ],
          0.1,
        ),
        "global",
        wgi,
        EU_THRESHOLDS_2023,
      );
      if (det.status !== "ok") throw new Error("expected ok");
      expect(m.deterministic).toBe(det.supplyRisk);
      expect([m.p5, m.p50, m.p95]).toEqual([det.supplyRisk, det.supplyRisk, det.supplyRisk]);
    }
  });

  it("lists materials it cannot compute, and rejects a bad draw count", () => {
    const out = monteCarlo({
      materials: [{ ...materials[0], eolRir: undefined } as EuMaterialInput],
      party: "global",
      wgi: buildWgiIndex(table(0.2)),
      thresholds: EU_THRESHOLDS_2023,
      draws: 10,
      seed: 1,
    });
    expect(out.skipped).toEqual([{ material: "High", missing: [{ input: "eol_rir" }] }]);
    expect(() => run(1, 0.2, 0)).toThrow(expect.objectContaining({ code: "invalid_parameter" }));
  });
});
