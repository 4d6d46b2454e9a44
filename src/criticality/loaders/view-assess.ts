/**
 * The EU-method assessment of a view, from buildViewInputs: one row per material with its SR,
 * classification and, per stage, the SR and where it comes from. The CLI, the matrix, the API,
 * the exports and the factsheet all read this.
 */
import type { Db } from "../../platform/db/client.ts";
import {
  assessEu,
  type CriticalityBasis,
  EU_THRESHOLDS_2023,
  type EuResult,
  type MissingInput,
  type PartyId,
  type Stage,
} from "../engine/index.ts";
import { buildViewInputs, type StageProvenance, type ViewOptions } from "./view-inputs.ts";

export type StageAssessment = {
  stage: Stage;
  provenance: StageProvenance["provenance"];
  supplyRisk: number | null;
  /** Production HHI of world supply, residual split (lower bound) and as one producer. */
  productionHhi: number | null;
  productionHhiUpper: number | null;
  /** Share of world supply in "Other countries" (null without world supply). */
  residualShare: number | null;
  /** "USGS MCS 2026, 2025, Mine production" or the published source. */
  source: string | null;
  /** Why published or missing. */
  reason: string | null;
};

/** A stage as the API, the exports and the factsheet show it: SR with its provenance. */
export const presentStage = ({
  productionHhi: _hhi,
  productionHhiUpper: _upper,
  ...shown
}: StageAssessment) => shown;

export type MaterialAssessment = {
  material: string;
  party: PartyId;
  status: "ok" | "missing_inputs";
  supplyRisk: number | null;
  economicImportance: number | null;
  bottleneckStage: Stage | null;
  critical: boolean | null;
  basis: CriticalityBasis;
  /** A stage's residual is over half of supply: « données insuffisantes », not ranked. */
  insufficientData: boolean;
  stages: StageAssessment[];
  missing: readonly MissingInput[];
  /** The engine's full result (ok only), for callers needing more. */
  result: EuResult | null;
};

export type ViewAssessment = {
  party: PartyId;
  euVintage: string;
  wgiYear: number;
  materials: MaterialAssessment[];
};

const sourceText = (p: StageProvenance): string | null =>
  p.series
    ? `USGS ${p.series.vintage}, ${p.series.year}, ${p.series.detail}${p.trade ? `; ${p.trade.source} ${p.trade.year}` : ""}`
    : (p.published?.source ?? null);

/** Assesses every material of the view (or `options.materials`); null without WGI. */
export async function assessView(
  db: Db,
  party: PartyId,
  options: ViewOptions = {},
): Promise<ViewAssessment | null> {
  const view = await buildViewInputs(db, party, options);
  if (!view) return null;
  const materials: MaterialAssessment[] = view.materials.map((m) => {
    const o = assessEu(m.input, party, view.wgi.index, EU_THRESHOLDS_2023);
    const ok = o.status === "ok" ? o : null;
    const stages = m.stages.map((p): StageAssessment => {
      const s = ok?.stages.find((x) => x.stage === p.stage);
      return {
        stage: p.stage,
        provenance: p.provenance,
        supplyRisk: s?.supplyRisk ?? null,
        productionHhi: s?.productionHhi ?? null,
        productionHhiUpper: s?.productionHhiUpper ?? null,
        residualShare: s?.residualShare ?? null,
        source: sourceText(p),
        reason: p.published?.reason ?? p.reason ?? null,
      };
    });
    return {
      material: m.material,
      party,
      status: o.status,
      supplyRisk: ok?.supplyRisk ?? null,
      economicImportance: ok?.economicImportance ?? null,
      bottleneckStage: ok?.bottleneckStage ?? null,
      critical: ok ? ok.classification.critical : null,
      basis: ok ? ok.classification.basis : null,
      insufficientData: ok?.insufficientData ?? false,
      stages,
      missing: o.status === "ok" ? [] : o.missing,
      result: ok,
    };
  });
  for (const u of view.unavailable) {
    materials.push({
      material: u.material,
      party,
      status: "missing_inputs",
      supplyRisk: null,
      economicImportance: null,
      bottleneckStage: null,
      critical: null,
      basis: null,
      insufficientData: false,
      stages: [],
      missing: u.missing,
      result: null,
    });
  }
  materials.sort((a, b) => a.material.localeCompare(b.material));
  return { party, euVintage: view.euVintage, wgiYear: view.wgi.year, materials };
}
