/**
 * Full assessment of a dataset vintage: every material × party × method. A material whose
 * inputs are inconsistent yields an `error` outcome (with the engine error's code and details)
 * instead of stopping the whole run.
 */
import { EngineError, type EngineErrorCode, type ErrorDetails } from "./errors.ts";
import { assessEu, type EuOutcome } from "./eu-assessment.ts";
import type { EuMaterialInput } from "./eu-inputs.ts";
import type { GeoPolRiskOptions } from "./geopolrisk.ts";
import {
  assessGeoPolRisk,
  type GeoPolRiskMaterialInput,
  type GeoPolRiskOutcome,
} from "./geopolrisk-assessment.ts";
import type { CriticalityThresholds } from "./reference-values.ts";
import { PARTIES, type PartyId } from "./types.ts";
import type { WgiIndex } from "./wgi-index.ts";

export interface AssessmentDataset {
  /** Label of the data vintage, e.g. "EU 2023 / WGI 2022". */
  readonly vintage: string;
  readonly wgi: WgiIndex;
  readonly thresholds: CriticalityThresholds;
  readonly eu: readonly EuMaterialInput[];
  readonly geopolrisk?: readonly GeoPolRiskMaterialInput[];
  /** Views to compute (default: all three parties). */
  readonly parties?: readonly PartyId[];
  readonly geopolriskOptions?: GeoPolRiskOptions;
}

export interface ErrorOutcome {
  readonly status: "error";
  readonly code: EngineErrorCode;
  readonly message: string;
  readonly details: ErrorDetails;
}

export interface MaterialAssessment {
  readonly vintage: string;
  readonly material: string;
  readonly party: PartyId;
  /** null when the dataset has no EU-method inputs for the material. */
  readonly eu: EuOutcome | ErrorOutcome | null;
  /** null when the dataset has no GeoPolRisk inputs for the material. */
  readonly geopolrisk: GeoPolRiskOutcome | ErrorOutcome | null;
}

function guarded<T>(run: () => T): T | ErrorOutcome {
  try {
    return run();
  } catch (e) {
    if (e instanceof EngineError) {
      return { status: "error", code: e.code, message: e.message, details: e.details };
    }
    throw e;
  }
}

/** Assesses every material of the dataset from every requested party's view. */
export function assess(dataset: AssessmentDataset): MaterialAssessment[] {
  const parties = dataset.parties ?? PARTIES;
  const eu = new Map(dataset.eu.map((m) => [m.material, m]));
  const gpr = new Map((dataset.geopolrisk ?? []).map((m) => [m.material, m]));
  const materials = [...new Set([...eu.keys(), ...gpr.keys()])];
  const out: MaterialAssessment[] = [];
  for (const material of materials) {
    const euInput = eu.get(material);
    const gprInput = gpr.get(material);
    for (const party of parties) {
      out.push({
        vintage: dataset.vintage,
        material,
        party,
        eu: euInput
          ? guarded(() => assessEu(euInput, party, dataset.wgi, dataset.thresholds))
          : null,
        geopolrisk: gprInput
          ? guarded(() => assessGeoPolRisk(gprInput, party, dataset.geopolriskOptions))
          : null,
      });
    }
  }
  return out;
}
