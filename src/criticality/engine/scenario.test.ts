import { describe, expect, it } from "vitest";
import type { EuMaterialInput } from "./eu-inputs.ts";
import { EU_THRESHOLDS_2023 } from "./reference-values.ts";
import { runScenario, type Scenario, type ScenarioContext } from "./scenario.ts";
import type { ScenarioChange } from "./scenario-apply.ts";
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
  ]),
);

// Three producers, 50/30/20, WGI 6/4/2; EoL-RIR 0.2, SI_SR 0.9 → factor 0.72.
const testium: EuMaterialInput = {
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
      ],
      sourcing: {
        "quebec-canada": {
          rows: [
            { country: "CAN", quantity: 20 },
            { country: "AAA", quantity: 60 },
            { country: "BBB", quantity: 20 },
          ],
          importReliance: 0.8,
          domestic: ["CAN"],
        },
      },
    },
  ],
};
const ctx: ScenarioContext = {
  materials: new Map([["Testium", testium]]),
  wgi,
  thresholds: EU_THRESHOLDS_2023,
};
const run = (changes: ScenarioChange[], party: Scenario["party"] = "global") =>
  runScenario({ material: "Testium", party, changes }, ctx);

describe("scenarios, hand-computed", () => {
  it("cut AAA by 50 % and add 25 in CCC: HHI 0.38 → 0.355, SR 1.3968 → 0.8208, no longer critical", () => {
    // Before: shares .5/.3/.2 → HHI .38; HHI_WGI = .25·6 + .09·4 + .04·2 = 1.94; SR = 1.94·.72.
    // After: 25/30/45 → HHI .0625 + .09 + .2025 = .355; HHI_WGI = .375 + .36 + .405 = 1.14.
    const out = run([
      { kind: "supply_cut", country: "AAA", stage: "extraction", percent: 50 },
      { kind: "new_supply", country: "CCC", stage: "extraction", capacity: 25 },
    ]);
    if (out.status !== "ok") throw new Error("expected ok");
    const hhi = out.stages[0]?.productionHhi;
    expect(hhi?.before).toBeCloseTo(0.38, 14);
    expect(hhi?.after).toBeCloseTo(0.355, 14);
    expect(hhi?.delta).toBeCloseTo(-0.025, 14);
    expect(out.supplyRisk.before).toBeCloseTo(1.3968, 13);
    expect(out.supplyRisk.after).toBeCloseTo(0.8208, 13);
    expect(out.supplyRisk.delta).toBeCloseTo(-0.576, 13);
    expect(out.critical).toEqual({ before: true, after: false });
    // The inputs are not modified.
    expect(testium.stages[0]?.globalSupply?.[0]?.quantity).toBe(50);
  });

  it("an export restriction t = 1.5 on AAA raises HHI_WGI,t by 0.25·6·0.5", () => {
    const out = run([
      { kind: "export_restriction", country: "AAA", stage: "extraction", factor: 1.5 },
    ]);
    if (out.status !== "ok") throw new Error("expected ok");
    expect(out.supplyRisk.delta).toBeCloseTo(0.75 * 0.72, 13);
    expect(out.stages[0]?.productionHhi?.delta).toBe(0);
  });

  it("a Québec project displaces Canada's imports and lowers its import reliance", () => {
    // Sourcing CAN 20 / AAA 60 / BBB 20, IR 0.8; +40 in CAN → imports ×(80−40)/80: CAN 60,
    // AAA 30, BBB 10; IR = 0.8 − 40/100 = 0.4. Global supply gains a 40 t Canadian producer.
    const out = run(
      [{ kind: "new_supply", country: "CAN", stage: "extraction", capacity: 40 }],
      "quebec-canada",
    );
    if (out.status !== "ok") throw new Error("expected ok");
    const g = (50 ** 2 * 6 + 30 ** 2 * 4 + 20 ** 2 * 2 + 40 ** 2 * 1) / 140 ** 2;
    const p = 0.6 ** 2 * 1 + 0.3 ** 2 * 6 + 0.1 ** 2 * 4;
    expect(out.after.stages[0]?.importReliance).toBeCloseTo(0.4, 14);
    expect(out.after.stages[0]?.hhiWgiTParty).toBeCloseTo(p, 13);
    expect(out.supplyRisk.after).toBeCloseTo((g * 0.2 + p * 0.8) * 0.72, 13);
    const p0 = 0.2 ** 2 * 1 + 0.6 ** 2 * 6 + 0.2 ** 2 * 4;
    expect(out.supplyRisk.before).toBeCloseTo((1.94 * 0.4 + p0 * 0.6) * 0.72, 13);
    expect(out.supplyRisk.delta).toBeLessThan(0);
  });

  it("a sourcing shift to CCC replaces Québec–Canada's other imports, world supply unchanged", () => {
    // Sourcing CAN 20 (domestic) / AAA 60 / BBB 20; 40 t bought from CCC instead: the other
    // imports (80) × (80 − 40)/80 → AAA 30, BBB 10, CCC 40. Shares .2/.3/.1/.4, WGI 1/6/4/2:
    // HHI_WGI(party) = .04 + .54 + .04 + .32 = .94 (before .04 + 2.16 + .16 = 2.36); IR 0.8
    // and world supply (HHI_WGI 1.94) unchanged.
    const out = run(
      [{ kind: "sourcing_shift", country: "CCC", stage: "extraction", quantity: 40 }],
      "quebec-canada",
    );
    if (out.status !== "ok") throw new Error("expected ok");
    expect(out.stages[0]?.productionHhi?.delta).toBe(0);
    expect(out.after.stages[0]?.importReliance).toBe(0.8);
    expect(out.after.stages[0]?.hhiWgiTParty).toBeCloseTo(0.94, 13);
    expect(out.supplyRisk.before).toBeCloseTo((1.94 * 0.4 + 2.36 * 0.6) * 0.72, 13);
    expect(out.supplyRisk.after).toBeCloseTo((1.94 * 0.4 + 0.94 * 0.6) * 0.72, 13);
    // The global view has no sourcing: a shift changes nothing there.
    const global = run([
      { kind: "sourcing_shift", country: "CCC", stage: "extraction", quantity: 40 },
    ]);
    if (global.status !== "ok") throw new Error("expected ok");
    expect(global.supplyRisk.delta).toBe(0);
  });

  it("a party without sourcing data gets a missing-inputs result", () => {
    const out = run(
      [{ kind: "supply_cut", country: "AAA", stage: "extraction", percent: 10 }],
      "france-eu",
    );
    expect(out).toMatchObject({ status: "missing_inputs", missing: [{ input: "party_sourcing" }] });
  });
});

describe("scenario validation (typed errors)", () => {
  const cases: [ScenarioChange, string, object][] = [
    [
      { kind: "new_supply", country: "CCC", stage: "extraction", capacity: -5 },
      "negative_capacity",
      { capacity: -5 },
    ],
    [
      { kind: "supply_cut", country: "AAA", stage: "extraction", percent: 120 },
      "invalid_percentage",
      { percent: 120 },
    ],
    [
      { kind: "supply_cut", country: "AAA", stage: "extraction", percent: -1 },
      "invalid_percentage",
      { percent: -1 },
    ],
    [
      { kind: "supply_cut", country: "ZZZ", stage: "extraction", percent: 10 },
      "unknown_country",
      { country: "ZZZ" },
    ],
    [
      { kind: "new_supply", country: "ZZZ", stage: "extraction", capacity: 1 },
      "unknown_country",
      { country: "ZZZ" },
    ],
    [
      { kind: "supply_cut", country: "AAA", stage: "processing", percent: 10 },
      "unknown_stage",
      { stage: "processing" },
    ],
    [
      { kind: "export_restriction", country: "AAA", stage: "extraction", factor: 0 },
      "invalid_parameter",
      { value: 0 },
    ],
  ];
  for (const [change, code, details] of cases) {
    it(`${change.kind} ${JSON.stringify(details)} → ${code}`, () => {
      expect(() => run([change])).toThrow(
        expect.objectContaining({ code, details: expect.objectContaining(details) }),
      );
    });
  }

  it("unknown material → unknown_material", () => {
    expect(() =>
      runScenario({ material: "Unobtainium", party: "global", changes: [] }, ctx),
    ).toThrow(
      expect.objectContaining({ code: "unknown_material", details: { material: "Unobtainium" } }),
    );
  });

  it("accepts the bounds: a 0 % or 100 % cut, a zero capacity, a new producer country", () => {
    expect(
      run([{ kind: "supply_cut", country: "AAA", stage: "extraction", percent: 0 }]).status,
    ).toBe("ok");
    expect(
      run([{ kind: "supply_cut", country: "AAA", stage: "extraction", percent: 100 }]).status,
    ).toBe("ok");
    const out = run([{ kind: "new_supply", country: "CAN", stage: "extraction", capacity: 0 }]);
    expect(out.status === "ok" && out.supplyRisk.delta).toBe(0);
  });
});
