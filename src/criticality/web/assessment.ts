import {
  assessEu,
  buildWgiIndex,
  type CriticalityBasis,
  EU_THRESHOLDS_2023,
  type EuMaterialInput,
  type MissingInput,
  type PartyId,
  type Stage,
} from "../engine/index.ts";
import type { EuResultRow, EuResults } from "./repository.ts";

/** Party codes used in URLs and the API, mapped to the engine's party ids. */
export const PARTY_CODES = { global: "global", qc: "quebec-canada", fr: "france-eu" } as const;
export type PartyCode = keyof typeof PARTY_CODES;
export const PARTY_CODE_LIST = ["fr", "qc", "global"] as const satisfies readonly PartyCode[];

export const EU_PUBLISHED_SOURCE =
  "European Commission, Study on the Critical Raw Materials for the EU 2023 (Grohol & Veeh), doi:10.2873/725585";

export type MatrixPoint = {
  row: EuResultRow;
  supplyRisk: number;
  economicImportance: number;
  critical: boolean;
  basis: CriticalityBasis;
};

/** What is missing for a view, per input and stage, with the number of materials concerned. */
export type MissingSummary = {
  input: MissingInput["input"];
  stage: Stage | null;
  materials: number;
};

export type PartyAssessment =
  | { status: "ok"; party: PartyCode; points: MatrixPoint[] }
  | { status: "missing_inputs"; party: PartyCode; missing: MissingSummary[] };

const STAGES_BY_CODE: Record<string, Stage[]> = {
  E: ["extraction"],
  P: ["processing"],
  "E+P": ["extraction", "processing"],
};

/** The engine's input for one material: the published SR as the France/EU view only. */
function euInput(row: EuResultRow, strategic: boolean): EuMaterialInput {
  const stageSupplyRisk: Partial<Record<Stage, number>> = {};
  if (row.srExtraction !== null) stageSupplyRisk.extraction = row.srExtraction;
  if (row.srProcessing !== null) stageSupplyRisk.processing = row.srProcessing;
  return {
    material: row.materialId,
    economicImportance: row.economicImportance,
    ...(row.eolRirPct !== null ? { eolRir: row.eolRirPct / 100 } : {}),
    ...(row.siSr !== null ? { siSr: row.siSr } : {}),
    stages: (STAGES_BY_CODE[row.stagesAssessed ?? ""] ?? []).map((stage) => ({ stage })),
    strategicFor: strategic ? ["france-eu"] : [],
    published: {
      "france-eu": {
        supplyRisk: row.supplyRisk,
        ...(row.stage ? { stage: row.stage.id as Stage } : {}),
        stageSupplyRisk,
        source: EU_PUBLISHED_SOURCE,
      },
    },
  };
}

/**
 * Each material through the engine (EU method, 2023 thresholds) for one party's view. Only the
 * France/EU view has published values; the others come back as what their inputs lack.
 */
export function assessParty(results: EuResults, party: PartyCode): PartyAssessment {
  const partyId: PartyId = PARTY_CODES[party];
  const wgi = buildWgiIndex(new Map());
  const points: MatrixPoint[] = [];
  const missing = new Map<string, MissingSummary>();
  for (const row of results.rows) {
    const outcome = assessEu(
      euInput(row, results.strategic.has(row.materialId)),
      partyId,
      wgi,
      EU_THRESHOLDS_2023,
    );
    if (outcome.status === "ok") {
      points.push({
        row,
        supplyRisk: outcome.supplyRisk,
        economicImportance: outcome.economicImportance,
        critical: outcome.classification.critical,
        basis: outcome.classification.basis,
      });
    } else {
      for (const m of outcome.missing) {
        const key = `${m.input}|${m.stage ?? ""}`;
        const entry = missing.get(key) ?? { input: m.input, stage: m.stage ?? null, materials: 0 };
        entry.materials += 1;
        missing.set(key, entry);
      }
    }
  }
  if (points.length === 0 && results.rows.length > 0) {
    return { status: "missing_inputs", party, missing: [...missing.values()] };
  }
  return { status: "ok", party, points };
}
