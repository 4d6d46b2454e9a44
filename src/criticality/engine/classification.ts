/**
 * Criticality classification against thresholds (inclusive), with the "strategic" basis for
 * materials listed although they do not meet the thresholds.
 */
import { requireInRange } from "./errors.ts";
import type { CriticalityThresholds } from "./reference-values.ts";

/**
 * Guard against floating-point noise in computed values, so that an SR computed as
 * 0.9999999999999998 meets a threshold of 1.0. Far below the published precision (0.1).
 */
const FLOAT_GUARD = 1e-9;

export type CriticalityBasis = "thresholds" | "strategic" | null;

export interface Classification {
  readonly critical: boolean;
  /** Why it is critical: thresholds met, or listed as strategic; null when not critical. */
  readonly basis: CriticalityBasis;
  readonly meetsSupplyRisk: boolean;
  readonly meetsEconomicImportance: boolean;
  readonly thresholds: CriticalityThresholds;
}

/** True when `value` ≥ `threshold` (inclusive). */
export function meetsThreshold(value: number, threshold: number): boolean {
  return value >= threshold - FLOAT_GUARD;
}

/**
 * Critical when SR ≥ threshold and EI ≥ threshold (both inclusive); otherwise critical on the
 * "strategic" basis when `strategic` is true (e.g. copper and nickel on the EU 2024 list).
 */
export function classify(
  supplyRisk: number,
  economicImportance: number,
  thresholds: CriticalityThresholds,
  strategic = false,
): Classification {
  requireInRange("supplyRisk", supplyRisk, 0, Number.MAX_VALUE);
  requireInRange("economicImportance", economicImportance, 0, Number.MAX_VALUE);
  const meetsSupplyRisk = meetsThreshold(supplyRisk, thresholds.supplyRisk);
  const meetsEconomicImportance = meetsThreshold(economicImportance, thresholds.economicImportance);
  const byThresholds = meetsSupplyRisk && meetsEconomicImportance;
  const basis: CriticalityBasis = byThresholds ? "thresholds" : strategic ? "strategic" : null;
  return {
    critical: basis !== null,
    basis,
    meetsSupplyRisk,
    meetsEconomicImportance,
    thresholds,
  };
}
