import type { Db } from "../../platform/db/client.ts";
import { VIEW_CODES, type ViewCode } from "../../shared/party.ts";
import type { CriticalityBasis, MissingInput, PartyId, Stage } from "../engine/index.ts";
import { assessView, type StageAssessment } from "../loaders/view-assess.ts";
import type { EuResultRow, EuResults } from "./queries.ts";

/** The views in the order the matrix offers them and the API lists them. */
export const VIEW_CODE_LIST = ["fr", "qc", "global"] as const satisfies readonly ViewCode[];

export const EU_PUBLISHED_SOURCE =
  "European Commission, Study on the Critical Raw Materials for the EU 2023 (Grohol & Veeh), doi:10.2873/725585";

export type MatrixPoint = {
  row: EuResultRow;
  supplyRisk: number;
  economicImportance: number;
  critical: boolean;
  basis: CriticalityBasis;
  /** "Other countries" over half of a stage's supply: « données insuffisantes », not ranked. */
  insufficientData: boolean;
  /** Per stage: SR and where it comes from (computed from USGS, or published by the EU). */
  stages: StageAssessment[];
  bottleneckStage: Stage | null;
};

/** What is missing for a view, per input and stage, with the number of materials concerned. */
export type MissingSummary = {
  input: MissingInput["input"];
  stage: Stage | null;
  materials: number;
};

export type PartyAssessment =
  | { status: "ok"; party: ViewCode; points: MatrixPoint[]; missing: MissingSummary[] }
  | { status: "missing_inputs"; party: ViewCode; missing: MissingSummary[] };

/**
 * Each material of the EU table through the one builder (loaders/view-inputs.ts) for one
 * party's view: every stage computed from USGS production or, where no series exists, the
 * EU's published stage SR. Materials the view cannot assess are summarised in `missing`.
 */
export async function assessParty(
  db: Db,
  results: EuResults,
  party: ViewCode,
): Promise<PartyAssessment> {
  const partyId: PartyId = VIEW_CODES[party];
  const view = await assessView(db, partyId, {
    euVintage: results.dataset.vintage,
    materials: results.rows.map((r) => r.materialId),
  });
  const byId = new Map((view?.materials ?? []).map((m) => [m.material, m]));
  const points: MatrixPoint[] = [];
  const missing = new Map<string, MissingSummary>();
  const lacks = (m: MissingInput) => {
    const key = `${m.input}|${m.stage ?? ""}`;
    const entry = missing.get(key) ?? { input: m.input, stage: m.stage ?? null, materials: 0 };
    entry.materials += 1;
    missing.set(key, entry);
  };
  for (const row of results.rows) {
    const m = byId.get(row.materialId);
    if (!view) lacks({ input: "wgi" });
    if (!m) continue;
    if (m.status === "ok" && m.supplyRisk !== null && m.economicImportance !== null) {
      points.push({
        row,
        supplyRisk: m.supplyRisk,
        economicImportance: m.economicImportance,
        critical: m.critical === true,
        basis: m.basis,
        insufficientData: m.insufficientData,
        stages: m.stages,
        bottleneckStage: m.bottleneckStage,
      });
    } else {
      for (const x of m.missing) lacks(x);
    }
  }
  if (points.length === 0 && results.rows.length > 0) {
    return { status: "missing_inputs", party, missing: [...missing.values()] };
  }
  return { status: "ok", party, points, missing: [...missing.values()] };
}
