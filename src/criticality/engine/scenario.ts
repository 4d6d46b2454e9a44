/**
 * Scenarios on the EU method: supply cuts, export restrictions, new supply → the recomputed
 * production HHI, SR and criticality of a material for one party's view, with the deltas.
 */

import { UnknownEntityError } from "./errors.ts";
import { type EuResult, euResultFromCompiled } from "./eu-assessment.ts";
import { compileEu } from "./eu-compile.ts";
import type { EuMaterialInput } from "./eu-inputs.ts";
import type { CriticalityThresholds } from "./reference-values.ts";
import { applyChange, type ScenarioChange } from "./scenario-apply.ts";
import type { MissingInputs, PartyId, Stage } from "./types.ts";
import type { WgiIndex } from "./wgi-index.ts";

export interface Scenario {
  readonly material: string;
  readonly party: PartyId;
  /** Applied in order. */
  readonly changes: readonly ScenarioChange[];
}

export interface ScenarioContext {
  readonly materials: ReadonlyMap<string, EuMaterialInput>;
  readonly wgi: WgiIndex;
  readonly thresholds: CriticalityThresholds;
}

export interface Change {
  readonly before: number;
  readonly after: number;
  readonly delta: number;
}

export interface ScenarioStageDelta {
  readonly stage: Stage;
  /** Plain production HHI of global supply; null without global-supply data. */
  readonly productionHhi: Change | null;
  readonly supplyRisk: Change;
}

export interface ScenarioResult {
  readonly status: "ok";
  readonly scenario: Scenario;
  readonly supplyRisk: Change;
  readonly stages: readonly ScenarioStageDelta[];
  readonly critical: { readonly before: boolean; readonly after: boolean };
  readonly before: EuResult;
  readonly after: EuResult;
}

export type ScenarioOutcome = ScenarioResult | (MissingInputs & { readonly scenario: Scenario });

function change(before: number, after: number): Change {
  return { before, after, delta: after - before };
}

/**
 * Runs a scenario. Throws `unknown_material`, `unknown_stage`, `unknown_country`,
 * `invalid_percentage`, `negative_capacity`, `invalid_parameter`; returns `missing_inputs`
 * when the party's view cannot be computed from HHI inputs.
 */
export function runScenario(scenario: Scenario, ctx: ScenarioContext): ScenarioOutcome {
  const input = ctx.materials.get(scenario.material);
  if (!input) {
    throw new UnknownEntityError("unknown_material", "no inputs for this material", {
      material: scenario.material,
    });
  }
  let changed = input;
  for (const c of scenario.changes) changed = applyChange(changed, c, ctx.wgi);
  const before = compileEu(input, scenario.party, ctx.wgi);
  if ("missing" in before) return { status: "missing_inputs", missing: before.missing, scenario };
  const after = compileEu(changed, scenario.party, ctx.wgi);
  if ("missing" in after) return { status: "missing_inputs", missing: after.missing, scenario };
  const b = euResultFromCompiled(before, ctx.wgi, ctx.thresholds);
  const a = euResultFromCompiled(after, ctx.wgi, ctx.thresholds);
  return {
    status: "ok",
    scenario,
    supplyRisk: change(b.supplyRisk, a.supplyRisk),
    stages: b.stages.map((s, i) => {
      const t = a.stages[i] as (typeof a.stages)[number];
      return {
        stage: s.stage,
        productionHhi:
          s.productionHhi !== null && t.productionHhi !== null
            ? change(s.productionHhi, t.productionHhi)
            : null,
        supplyRisk: change(s.supplyRisk, t.supplyRisk),
      };
    }),
    critical: { before: b.classification.critical, after: a.classification.critical },
    before: b,
    after: a,
  };
}
