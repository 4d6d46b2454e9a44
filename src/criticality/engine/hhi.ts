/**
 * Herfindahl–Hirschman index of production concentration, as a fraction in [1/n, 1]
 * (multiply by 10 000 for the "points" scale used by competition authorities).
 */
import { InvalidInputError } from "./errors.ts";
import type { CountryId, Stage, SupplyRow } from "./types.ts";

/**
 * HHI = Σ q_i² / (Σ q_i)²  (= Σ s_i² with s_i = q_i / Σ q). Computed as one final division so
 * that integer inputs give the same float as geopolrisk-py's `HHI_Num / (sum · sum)`.
 * Throws `invalid_quantity` on a negative or non-finite quantity, `empty_supply` if Σ q = 0.
 */
export function hhi(quantities: ArrayLike<number>): number {
  let total = 0;
  let sumSq = 0;
  for (let i = 0; i < quantities.length; i++) {
    const q = quantities[i] as number;
    if (!(q >= 0) || q === Number.POSITIVE_INFINITY) {
      throw new InvalidInputError("invalid_quantity", "quantities must be finite and ≥ 0", {
        index: i,
        quantity: q,
      });
    }
    total += q;
    sumSq += q * q;
  }
  if (total === 0) {
    throw new InvalidInputError("empty_supply", "total supply is zero", {
      producers: quantities.length,
    });
  }
  return sumSq / (total * total);
}

export interface ProducerShare {
  readonly country: CountryId;
  readonly quantity: number;
  readonly share: number;
  readonly isOtherCountries: boolean;
}

export interface ProductionConcentration {
  readonly material: string;
  readonly stage: Stage;
  readonly year: number | string;
  readonly hhi: number;
  /** Producers counted (an "Other countries" row counts as one). */
  readonly producers: number;
  readonly total: number;
  readonly shares: readonly ProducerShare[];
  /** True when an "Other countries" aggregate was counted as one producer (HHI understated). */
  readonly includesOtherCountries: boolean;
  /** The rows given, world-total rows included, so the UI can show its sources. */
  readonly inputs: readonly SupplyRow[];
}

/** Country rows only: world-total rows dropped. */
export function producerRows(rows: readonly SupplyRow[]): SupplyRow[] {
  return rows.filter((r) => r.kind !== "total");
}

/** Production concentration of a material at a stage in a year, over the source's country rows. */
export function productionConcentration(
  material: string,
  stage: Stage,
  year: number | string,
  rows: readonly SupplyRow[],
): ProductionConcentration {
  const producers = producerRows(rows);
  const value = hhi(producers.map((r) => r.quantity));
  let total = 0;
  for (const r of producers) total += r.quantity;
  return {
    material,
    stage,
    year,
    hhi: value,
    producers: producers.length,
    total,
    shares: producers.map((r) => ({
      country: r.country,
      quantity: r.quantity,
      share: r.quantity / total,
      isOtherCountries: r.kind === "other",
    })),
    includesOtherCountries: producers.some((r) => r.kind === "other"),
    inputs: rows,
  };
}
