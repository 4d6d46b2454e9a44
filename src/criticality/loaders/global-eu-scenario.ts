/**
 * Scenarios on a view of the EU method (global by default), from the one builder
 * (view-inputs.ts): the engine's runScenario, shaped for the CLI, the API and the page.
 * - A supply cut reports the SHORTFALL first: tonnes and share of world supply lost at the
 *   stage (and of the party's known sourcing); the SR after it is the concentration of what
 *   remains, not a material made safer.
 * - A change at a stage whose SR is `published` is not computed: the stage stays as published
 *   and the result says so. A stage the EU did not assess, or without data, is a localised
 *   error naming it.
 * Read-only: saving a result is src/criticality/scenarios/commands.ts.
 */
import type { Db } from "../../platform/db/client.ts";
import { fail } from "../../platform/errors/app-error.ts";
import {
  type Change,
  EU_THRESHOLDS_2023,
  type EuMaterialInput,
  type MissingInput,
  type PartyId,
  runScenario,
  type ScenarioChange,
  type Stage,
  type SupplyRow,
} from "../engine/index.ts";
import type { SupplySeries } from "./supply.ts";
import { buildViewInputs, type StageProvenance, type ViewInputs } from "./view-inputs.ts";

/** Where a computed stage's world supply comes from: its series, without the rows. */
export type ProductionSource = Omit<SupplySeries, "rows">;

/** Stage names of the CLI, the API and the page → engine stages. */
export const SCENARIO_STAGES = { mine: "extraction", refinery: "processing" } as const;
export type ScenarioStageCode = keyof typeof SCENARIO_STAGES;
const STAGE_CODE: Record<string, ScenarioStageCode> = {
  extraction: "mine",
  processing: "refinery",
};

/** Any engine change in the callers' shape: kind, ISO alpha-3 country, stage code, value. */
export type ChangeSpec<K extends ScenarioChange["kind"] = ScenarioChange["kind"]> = {
  kind: K;
  country: string;
  stage: ScenarioStageCode;
  /**
   * Percent (supply_cut, 0–100), factor t (export_restriction, > 0), capacity (new_supply,
   * ≥ 0), quantity bought from the country instead of other origins (sourcing_shift, ≥ 0).
   */
  value: number;
};

/**
 * A change as users write it (page, API, CLI, saved scenarios). The sourcing shift is not one:
 * it moves a party's purchases, not world supply, and the complementarity table runs it.
 */
export type ScenarioChangeSpec = ChangeSpec<"supply_cut" | "export_restriction" | "new_supply">;

export type GlobalScenarioResult<S extends ChangeSpec = ScenarioChangeSpec> = {
  material: string;
  party: PartyId;
  method: "eu";
  changes: S[];
  /** What a supply cut removes, before anything else: one entry per cut at a computed stage. */
  shortfall: Shortfall[];
  stages: {
    stage: ScenarioStageCode;
    /** "published": the stage's published SR, which no change can recompute. */
    provenance: "computed" | "published";
    /** Plain production HHI of global supply (fraction), residual split. */
    hhi: Change | null;
    supplyRisk: Change;
    /** Share of world supply in "Other countries" before the changes. */
    residualShare: number | null;
  }[];
  hhi: Change | null;
  /** Highest stage SR (the bottleneck); after a cut, the concentration of what remains. */
  supplyRisk: Change;
  /** Stages the EU assessed without data nor published value (named, never silent). */
  omittedStages: ScenarioStageCode[];
  /** Changes at a `published` stage: not computed, the stage keeps its published SR. */
  notComputed: S[];
  bottleneck: { before: ScenarioStageCode | null; after: ScenarioStageCode | null };
  economicImportance: number;
  critical: { before: boolean; after: boolean };
  thresholds: { supplyRisk: number; economicImportance: number };
  sources: {
    production: (Omit<ProductionSource, "stage"> & { stage: ScenarioStageCode })[];
    wgi: { year: number; fallback: number; fallbackFor: string[] };
    eu: string;
  };
};

export type Shortfall = {
  country: string;
  stage: ScenarioStageCode;
  /** Quantity lost, in the source's unit. */
  quantity: number;
  unit: string;
  year: number;
  /** Share of world supply at the stage that is lost (0–1). */
  shareOfWorld: number;
  /** Share of the party's known sourcing at the stage that came from the country (party views). */
  shareOfPartySourcing: number | null;
};

export function toEngineChange(spec: ChangeSpec): ScenarioChange {
  const country = spec.country.trim().toUpperCase();
  const stage: Stage = SCENARIO_STAGES[spec.stage];
  switch (spec.kind) {
    case "supply_cut":
      return { kind: "supply_cut", country, stage, percent: spec.value };
    case "export_restriction":
      return { kind: "export_restriction", country, stage, factor: spec.value };
    case "new_supply":
      return { kind: "new_supply", country, stage, capacity: spec.value };
    case "sourcing_shift":
      return { kind: "sourcing_shift", country, stage, quantity: spec.value };
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
 * Runs the changes on `materialId`'s view (global by default). Throws AppErrors for a material
 * outside the EU table, a stage not assessed or without data; engine errors (unknown country,
 * bad value…) are EngineErrors for the caller to localise with toAppError.
 */
export async function runGlobalScenario<S extends ChangeSpec = ScenarioChangeSpec>(
  db: Db,
  materialId: string,
  changes: readonly S[],
  party: PartyId = "global",
  /** The party's view already built (a caller running many scenarios builds it once). */
  built?: ViewInputs,
): Promise<GlobalScenarioResult<S>> {
  const view = built ?? (await buildViewInputs(db, party, { materials: [materialId] }));
  const entry = view?.materials.find((m) => m.material === materialId);
  if (!view || !entry) {
    throw fail("criticality_scenario_missing_inputs", {
      material: materialId,
      missing: view ? "eu_assessment_results" : "wgi_scores",
    });
  }
  const provenance = new Map(entry.stages.map((p) => [p.stage, p]));
  const applied: S[] = [];
  const notComputed: S[] = [];
  for (const c of changes) {
    const stage = SCENARIO_STAGES[c.stage];
    const p = provenance.get(stage);
    if (!p || p.provenance === "missing") {
      throw fail("criticality_scenario_stage", {
        material: materialId,
        stage: c.stage,
        stages: entry.stages
          .filter((x) => x.provenance !== "missing")
          .map((x) => STAGE_CODE[x.stage])
          .join(", "),
      });
    }
    (p.provenance === "published" ? notComputed : applied).push(c);
  }
  const input = entry.input;
  const outcome = runScenario(
    { material: materialId, party, changes: applied.map(toEngineChange) },
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
  const stages = outcome.stages.map((s, i) => ({
    stage: STAGE_CODE[s.stage] as ScenarioStageCode,
    provenance: outcome.before.stages[i]?.provenance ?? "computed",
    hhi: s.productionHhi,
    supplyRisk: s.supplyRisk,
    residualShare: outcome.before.stages[i]?.residualShare ?? null,
  }));
  const bottleneck = outcome.before.bottleneckStage;
  return {
    material: materialId,
    party,
    method: "eu",
    changes: changes.map((c) => ({ ...c, country: c.country.trim().toUpperCase() })),
    shortfall: shortfalls(applied, input, party, entry.stages),
    stages,
    hhi: stages.find((s) => s.stage === STAGE_CODE[bottleneck ?? ""])?.hhi ?? null,
    supplyRisk: outcome.supplyRisk,
    omittedStages: entry.stages
      .filter((p) => p.provenance === "missing")
      .map((p) => STAGE_CODE[p.stage] as ScenarioStageCode),
    notComputed,
    bottleneck: {
      before: bottleneck ? (STAGE_CODE[bottleneck] as ScenarioStageCode) : null,
      after: outcome.after.bottleneckStage
        ? (STAGE_CODE[outcome.after.bottleneckStage] as ScenarioStageCode)
        : null,
    },
    economicImportance: outcome.before.economicImportance,
    critical: outcome.critical,
    thresholds: {
      supplyRisk: EU_THRESHOLDS_2023.supplyRisk,
      economicImportance: EU_THRESHOLDS_2023.economicImportance,
    },
    sources: {
      production: entry.stages.flatMap((p) =>
        p.series
          ? [
              {
                materialId: p.series.usgsMaterial,
                stage: STAGE_CODE[p.stage] as ScenarioStageCode,
                year: p.series.year,
                vintage: p.series.vintage,
                detail: p.series.detail,
                unit: p.series.unit,
                withheld: p.series.withheld,
              },
            ]
          : [],
      ),
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

/** The quantity each supply cut removes, as a share of world supply and of the party's sourcing. */
function shortfalls(
  changes: readonly ChangeSpec[],
  input: EuMaterialInput,
  party: PartyId,
  provenance: readonly StageProvenance[],
): Shortfall[] {
  const sum = (rows: readonly SupplyRow[], country?: string) =>
    rows
      .filter((r) => r.kind !== "total" && (country === undefined || r.country === country))
      .reduce((a, r) => a + r.quantity, 0);
  return changes
    .filter((c) => c.kind === "supply_cut")
    .flatMap((c) => {
      const stage = SCENARIO_STAGES[c.stage];
      const s = input.stages.find((x) => x.stage === stage);
      const p = provenance.find((x) => x.stage === stage);
      if (!s?.globalSupply || !p?.series) return [];
      const country = c.country.trim().toUpperCase();
      const world = sum(s.globalSupply);
      const quantity = (sum(s.globalSupply, country) * c.value) / 100;
      const own = s.sourcing?.[party]?.rows;
      const ownTotal = own ? sum(own) : 0;
      return [
        {
          country,
          stage: c.stage,
          quantity,
          unit: p.series.unit,
          year: p.series.year,
          shareOfWorld: world > 0 ? quantity / world : 0,
          shareOfPartySourcing: own && ownTotal > 0 ? sum(own, country) / ownTotal : null,
        },
      ];
    });
}
