/**
 * Scenarios on the global view of the EU method, from the loaded data: the engine's
 * runScenario on globalEuInputs, shaped for the CLI, the API and the page. Read-only: saving a
 * result is src/criticality/web/saved-scenario-commands.ts.
 */
import type { Db } from "../../platform/db/client.ts";
import { fail } from "../../platform/errors/app-error.ts";
import {
  type Change,
  EU_THRESHOLDS_2023,
  type MissingInput,
  runScenario,
  type ScenarioChange,
  type Stage,
} from "../engine/index.ts";
import { globalEuInputs, type ProductionSource } from "./global-eu.ts";

/** Stage names of the CLI, the API and the page → engine stages. */
export const SCENARIO_STAGES = { mine: "extraction", refinery: "processing" } as const;
export type ScenarioStageCode = keyof typeof SCENARIO_STAGES;
const STAGE_CODE: Record<string, ScenarioStageCode> = {
  extraction: "mine",
  processing: "refinery",
};

/** A change as users write it: kind, ISO alpha-3 country, stage code, value. */
export type ScenarioChangeSpec = {
  kind: ScenarioChange["kind"];
  country: string;
  stage: ScenarioStageCode;
  /** Percent (supply_cut, 0–100), factor t (export_restriction, > 0), capacity (new_supply, ≥ 0). */
  value: number;
};

export type GlobalScenarioResult = {
  material: string;
  party: "global";
  method: "eu";
  changes: ScenarioChangeSpec[];
  stages: {
    stage: ScenarioStageCode;
    /** Plain production HHI of global supply (fraction). */
    hhi: Change | null;
    supplyRisk: Change;
  }[];
  hhi: Change | null;
  /** Highest stage SR over the stages that have world production. */
  supplyRisk: Change;
  /** Stages the EU assessed but without world production in the data: left out of the SR. */
  omittedStages: ScenarioStageCode[];
  economicImportance: number;
  critical: { before: boolean; after: boolean };
  thresholds: { supplyRisk: number; economicImportance: number };
  sources: {
    production: (Omit<ProductionSource, "stage"> & { stage: ScenarioStageCode })[];
    wgi: { year: number; fallback: number; fallbackFor: string[] };
    eu: string;
  };
};

export function toEngineChange(spec: ScenarioChangeSpec): ScenarioChange {
  const country = spec.country.trim().toUpperCase();
  const stage: Stage = SCENARIO_STAGES[spec.stage];
  switch (spec.kind) {
    case "supply_cut":
      return { kind: "supply_cut", country, stage, percent: spec.value };
    case "export_restriction":
      return { kind: "export_restriction", country, stage, factor: spec.value };
    case "new_supply":
      return { kind: "new_supply", country, stage, capacity: spec.value };
  }
}

const missingText = (m: readonly MissingInput[]) =>
  m
    .map(
      (x) =>
        `${x.input}${x.stage ? ` (${STAGE_CODE[x.stage] ?? x.stage})` : ""}${x.countries ? `: ${x.countries.join(", ")}` : ""}`,
    )
    .join("; ");

/**
 * Runs the changes on `materialId`'s global view. Throws AppErrors for a material outside the
 * EU table or lacking inputs; engine errors (unknown country, bad value…) are EngineErrors for
 * the caller to localise with toAppError.
 */
export async function runGlobalScenario(
  db: Db,
  materialId: string,
  changes: readonly ScenarioChangeSpec[],
): Promise<GlobalScenarioResult> {
  const view = await globalEuInputs(db, { materials: [materialId] });
  const full = view?.inputs.find((i) => i.material === materialId);
  const lacking = view?.missing.find((m) => m.material === materialId)?.missing ?? [];
  // Stages without world production are left out (and named) rather than failing the whole
  // material: the SR is then the highest over the stages that have data.
  const omitted = full?.stages.filter((s) => !s.globalSupply).map((s) => s.stage) ?? [];
  const input = full && { ...full, stages: full.stages.filter((s) => s.globalSupply) };
  const blocking = lacking.filter((m) => m.input !== "global_supply");
  if (!view || !input || input.stages.length === 0 || blocking.length > 0) {
    throw fail("criticality_scenario_missing_inputs", {
      material: materialId,
      missing:
        lacking.length > 0 ? missingText(lacking) : view ? "eu_assessment_results" : "wgi_scores",
    });
  }
  const engineChanges = changes.map(toEngineChange);
  const outcome = runScenario(
    { material: materialId, party: "global", changes: engineChanges },
    {
      materials: new Map([[materialId, input]]),
      wgi: view.wgi.index,
      thresholds: EU_THRESHOLDS_2023,
    },
  );
  if (outcome.status !== "ok") {
    throw fail("criticality_scenario_missing_inputs", {
      material: materialId,
      missing: missingText(outcome.missing),
    });
  }
  const stages = outcome.stages.map((s) => ({
    stage: STAGE_CODE[s.stage] as ScenarioStageCode,
    hhi: s.productionHhi,
    supplyRisk: s.supplyRisk,
  }));
  const bottleneck = outcome.before.bottleneckStage;
  return {
    material: materialId,
    party: "global",
    method: "eu",
    changes: changes.map((c) => ({ ...c, country: c.country.trim().toUpperCase() })),
    stages,
    hhi: stages.find((s) => s.stage === STAGE_CODE[bottleneck ?? ""])?.hhi ?? null,
    supplyRisk: outcome.supplyRisk,
    omittedStages: omitted.map((s) => STAGE_CODE[s] as ScenarioStageCode),
    economicImportance: outcome.before.economicImportance,
    critical: outcome.critical,
    thresholds: {
      supplyRisk: EU_THRESHOLDS_2023.supplyRisk,
      economicImportance: EU_THRESHOLDS_2023.economicImportance,
    },
    sources: {
      production: (view.production.get(materialId) ?? []).map((p) => ({
        ...p,
        stage: STAGE_CODE[p.stage] as ScenarioStageCode,
      })),
      wgi: {
        year: view.wgi.year,
        fallback: view.wgi.fallback,
        fallbackFor: [
          ...new Set([
            ...outcome.before.inputs.wgiFallbackFor,
            ...outcome.after.inputs.wgiFallbackFor,
          ]),
        ],
      },
      eu: view.euVintage,
    },
  };
}
