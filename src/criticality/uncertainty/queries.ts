/**
 * Monte Carlo uncertainty of the global view (EU method) from the loaded data, shared by the
 * CLI, the API and the factsheet. Sources of uncertainty:
 * - WGI: each country's scaled WGI varies with the World Bank's standard errors;
 * - production: figures the USGS marks as estimates get a relative standard error of 10 %
 *   (reported figures are taken as exact).
 * Inputs from the one builder (loaders/view-inputs.ts): a stage whose SR is `published` enters
 * every draw at its published value (no uncertainty is known for it); a material the view
 * cannot assess is listed in `skipped`.
 */
import type { Db } from "../../platform/db/client.ts";
import { fail } from "../../platform/errors/app-error.ts";
import {
  EU_THRESHOLDS_2023,
  type EuMaterialInput,
  type MissingInput,
  monteCarlo,
  type PartyId,
} from "../engine/index.ts";
import { buildViewInputs, type ViewInputs } from "../loaders/view-inputs.ts";

export const UNCERTAINTY_DRAWS = { default: 10_000, max: 20_000 } as const;
/** The default seed: any fixed value, so that runs without one agree. */
export const UNCERTAINTY_SEED = 2026;
/** Relative standard error of a production figure the source marks as an estimate. */
export const ESTIMATE_RELATIVE_STD_ERROR = 0.1;

export type UncertaintyMaterial = {
  material: string;
  /** SR of the deterministic global view. */
  deterministic: number;
  p5: number;
  p50: number;
  p95: number;
  mean: number;
  /** Share of draws meeting both thresholds (EI as published). */
  probabilityCritical: number;
  /** Supply rows perturbed as estimates / all supply rows. */
  estimatedRows: number;
  rows: number;
  /** "Other countries" over half of a stage's supply: « données insuffisantes », not ranked. */
  insufficientData: boolean;
};

export type UncertaintyResult = {
  party: PartyId;
  method: "eu";
  draws: number;
  seed: number;
  estimateRelativeStdError: number;
  thresholds: { supplyRisk: number; economicImportance: number };
  materials: UncertaintyMaterial[];
  skipped: { material: string; missing: string }[];
  sources: { wgi: number; eu: string };
};

/** Draws and seed as typed (query string or CLI option), defaults filled in; bad values fail 400. */
export function readUncertaintyParams(
  draws?: string,
  seed?: string,
): { draws: number; seed: number } {
  const integer = (
    name: string,
    text: string | undefined,
    fallback: number,
    min: number,
    max: number,
  ) => {
    if (text === undefined || text === "") return fallback;
    const n = Number(text);
    if (!/^\s*\d+\s*$/.test(text) || n < min || n > max) {
      throw fail("criticality_uncertainty_parameter", { name, value: text, min, max });
    }
    return n;
  };
  return {
    draws: integer("draws", draws, UNCERTAINTY_DRAWS.default, 1, UNCERTAINTY_DRAWS.max),
    seed: integer("seed", seed, UNCERTAINTY_SEED, 0, 2 ** 32 - 1),
  };
}

const missingText = (m: readonly MissingInput[]) =>
  m
    .map(
      (x) =>
        `${x.input}${x.stage ? ` (${x.stage})` : ""}${x.countries ? `: ${x.countries.join(", ")}` : ""}`,
    )
    .join("; ");

/**
 * Runs the Monte Carlo for every material of the EU table, or `material` alone (an id; for one
 * material that cannot be computed, a criticality_scenario_missing_inputs error).
 */
export async function computeUncertainty(
  db: Db,
  options: { draws: number; seed: number; material?: string; party?: PartyId },
): Promise<UncertaintyResult> {
  const { draws, seed, material } = options;
  const party = options.party ?? "global";
  const view = await buildViewInputs(db, party, material ? { materials: [material] } : {});
  if (!view) {
    throw fail("criticality_scenario_missing_inputs", {
      material: material ?? "*",
      missing: "wgi_scores",
    });
  }
  const inputs = await withEstimates(db, view);
  const skipped = view.unavailable.map((m) => ({
    material: m.material,
    missing: missingText(m.missing),
  }));
  const out = monteCarlo({
    materials: inputs,
    party,
    wgi: view.wgi.index,
    thresholds: EU_THRESHOLDS_2023,
    draws,
    seed,
  });
  for (const s of out.skipped)
    skipped.push({ material: s.material, missing: missingText(s.missing) });
  if (material && out.materials.length === 0) {
    throw fail("criticality_scenario_missing_inputs", {
      material,
      missing: skipped.map((s) => s.missing).join("; ") || "eu_assessment_results",
    });
  }
  const byId = new Map(inputs.map((i) => [i.material, i]));
  return {
    party,
    method: "eu",
    draws,
    seed,
    estimateRelativeStdError: ESTIMATE_RELATIVE_STD_ERROR,
    thresholds: {
      supplyRisk: EU_THRESHOLDS_2023.supplyRisk,
      economicImportance: EU_THRESHOLDS_2023.economicImportance,
    },
    materials: out.materials.map((m) => {
      const rows = (byId.get(m.material)?.stages ?? []).flatMap((s) =>
        (s.globalSupply ?? []).filter((r) => r.kind !== "total"),
      );
      return {
        material: m.material,
        deterministic: m.deterministic,
        p5: m.p5,
        p50: m.p50,
        p95: m.p95,
        mean: m.mean,
        probabilityCritical: m.probabilityCritical,
        estimatedRows: rows.filter((r) => (r.relativeStdError ?? 0) > 0).length,
        rows: rows.length,
        insufficientData: m.insufficientData,
      };
    }),
    skipped: skipped.sort((a, b) => a.material.localeCompare(b.material)),
    sources: { wgi: view.wgi.year, eu: view.euVintage },
  };
}

/**
 * The view's inputs with a relative standard error on the rows the source marks as estimated
 * (matched on the series the builder used).
 */
async function withEstimates(db: Db, view: ViewInputs): Promise<EuMaterialInput[]> {
  const series = view.materials.flatMap((m) =>
    m.stages.flatMap((p) =>
      p.series
        ? [
            {
              materialId: p.series.usgsMaterial,
              stage: p.series.usgsStage,
              year: p.series.year,
              vintage: p.series.vintage,
              detail: p.series.detail,
              target: `${m.material}|${p.stage}`,
            },
          ]
        : [],
    ),
  );
  const estimated = await db.query<{ target: string; country: string }>(
    `SELECT s.target, coalesce(cs.country_id, cs.country_in_source) AS country
       FROM unnest($1::text[], $2::text[], $3::int[], $4::text[], $5::text[], $6::text[])
              AS s (material_id, stage, year, vintage, detail, target)
       JOIN datasets d ON d.vintage = s.vintage
       JOIN country_statistics cs
         ON cs.dataset_id = d.id AND cs.material_id = s.material_id AND cs.year = s.year
        AND cs.detail = s.detail AND cs.measure = 'production' AND cs.stage_id = s.stage
      WHERE cs.estimated AND NOT cs.is_world_total AND cs.value IS NOT NULL`,
    [
      series.map((s) => s.materialId),
      series.map((s) => s.stage),
      series.map((s) => s.year),
      series.map((s) => s.vintage),
      series.map((s) => s.detail),
      series.map((s) => s.target),
    ],
  );
  const isEstimate = new Set(estimated.map((e) => `${e.target}|${e.country}`));
  return view.materials.map(({ input }) => ({
    ...input,
    stages: input.stages.map((s) =>
      s.globalSupply
        ? {
            ...s,
            globalSupply: s.globalSupply.map((r) =>
              isEstimate.has(`${input.material}|${s.stage}|${r.country}`)
                ? { ...r, relativeStdError: ESTIMATE_RELATIVE_STD_ERROR }
                : r,
            ),
          }
        : s,
    ),
  }));
}
