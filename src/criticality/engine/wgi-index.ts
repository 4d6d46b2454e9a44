/**
 * A WGI table compiled once per dataset into flat arrays, so that assessments, scenarios and
 * Monte Carlo draws look countries up by integer index without allocating.
 */
import { EngineError, requireInRange } from "./errors.ts";
import type { CountryId } from "./types.ts";
import { type WgiTable, wgiScaled, wgiScaledStdDev } from "./wgi.ts";

export interface WgiIndex {
  /** Countries with a complete set of six estimates, in table order. */
  readonly countries: readonly CountryId[];
  readonly position: ReadonlyMap<CountryId, number>;
  /** Scaled WGI (0–10) per position; one extra last slot holds the fallback (NaN if none). */
  readonly scaled: Float64Array;
  /** Standard deviation of the scaled WGI per position (0 when no standard errors); 0 for the fallback. */
  readonly stdDev: Float64Array;
  /** Slot of the fallback value, = countries.length. */
  readonly fallbackSlot: number;
  readonly fallback: number | undefined;
  /** Countries dropped because one of their six estimates is missing. */
  readonly incomplete: readonly CountryId[];
}

export interface WgiIndexOptions {
  /**
   * Scaled WGI (0–10) for rows whose country has no WGI (e.g. an "Other countries" row).
   * Without it such rows make the assessment report a missing `wgi` input.
   */
  readonly fallback?: number;
  /** Common correlation between the six indicators' errors (default 0 = independent). */
  readonly errorCorrelation?: number;
}

/** Builds the index; countries with an incomplete set of estimates are listed in `incomplete`. */
export function buildWgiIndex(table: WgiTable, options: WgiIndexOptions = {}): WgiIndex {
  const { fallback, errorCorrelation = 0 } = options;
  if (fallback !== undefined) requireInRange("fallback", fallback, 0, 10);
  requireInRange("errorCorrelation", errorCorrelation, 0, 1);
  const countries: CountryId[] = [];
  const scaledValues: number[] = [];
  const sds: number[] = [];
  const incomplete: CountryId[] = [];
  for (const [country, entry] of table) {
    let value: number;
    try {
      value = wgiScaled(entry.estimates, country);
    } catch (e) {
      if (e instanceof EngineError && e.code === "missing_input") {
        incomplete.push(country);
        continue;
      }
      throw e;
    }
    countries.push(country);
    scaledValues.push(value);
    sds.push(entry.stdErrors ? wgiScaledStdDev(entry.stdErrors, errorCorrelation, country) : 0);
  }
  const n = countries.length;
  const scaled = new Float64Array(n + 1);
  const stdDev = new Float64Array(n + 1);
  scaled.set(scaledValues);
  stdDev.set(sds);
  scaled[n] = fallback ?? Number.NaN;
  return {
    countries,
    position: new Map(countries.map((c, i) => [c, i])),
    scaled,
    stdDev,
    fallbackSlot: n,
    fallback,
    incomplete,
  };
}
