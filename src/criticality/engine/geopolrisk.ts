/**
 * GeoPolRisk (Gemechu et al. 2016; Santillán-Saldivar et al. 2021; geopolrisk-py 2.0.0):
 *   numerator  = Σ_i g_i · f_i       (g_i exporter's political-stability weight 0–1, 0.5 if
 *                                      missing, 0 for partners inside the importing region)
 *   importRisk = numerator / (F + p) (F = Σ f_i total imports, p domestic production)
 *   score      = HHI · importRisk    (HHI of world production, fraction)
 *   price      = Σ value_i / Σ f_i   (kUSD / t = USD/kg)
 *   midpoint   = score · price
 *   cf         = midpoint / normaliser (default: copper's average midpoint, 0.409412948, so cf
 *                is the geopolitical supply risk potential GSP in kg Cu-eq/kg)
 * Units: quantities and production in tonnes, values in kUSD (BACI conventions).
 */
import { InvalidInputError, requireInRange } from "./errors.ts";
import { GEOPOLRISK_COPPER_MIDPOINT, GEOPOLRISK_MISSING_STABILITY } from "./reference-values.ts";
import type { CountryId } from "./types.ts";

/** The figures of a GeoPolRisk result: exactly these fields (the CLI prints them). */
export interface GeoPolRiskValues {
  readonly hhi: number;
  readonly numerator: number;
  readonly totalTrade: number;
  readonly importRisk: number;
  readonly score: number;
  readonly price: number;
  readonly midpoint: number;
  readonly cf: number;
}

export interface GeoPolRiskAggregates {
  readonly hhi: number;
  readonly numerator: number;
  readonly totalTrade: number;
  readonly domesticProduction: number;
  readonly price: number;
}

export interface GeoPolRiskOptions {
  /** Divides the midpoint to give cf; default GEOPOLRISK_COPPER_MIDPOINT.value. */
  readonly normaliser?: number;
}

/**
 * From aggregates. As in geopolrisk-py, importRisk = 0 when imports + production = 0.
 * Reference vector: numerator 1000, trade 2000, production 500, price 50, HHI 0.3 →
 * importRisk 0.4, score 0.12, midpoint 6.0 (cf 6.0 with normaliser 1).
 */
export function geoPolRiskFromAggregates(
  a: GeoPolRiskAggregates,
  options: GeoPolRiskOptions = {},
): GeoPolRiskValues {
  const normaliser = options.normaliser ?? GEOPOLRISK_COPPER_MIDPOINT.value;
  requireInRange("normaliser", normaliser, Number.MIN_VALUE, Number.MAX_VALUE);
  requireInRange("hhi", a.hhi, 0, 1);
  requireInRange("numerator", a.numerator, 0, Number.MAX_VALUE);
  requireInRange("totalTrade", a.totalTrade, 0, Number.MAX_VALUE);
  requireInRange("domesticProduction", a.domesticProduction, 0, Number.MAX_VALUE);
  requireInRange("price", a.price, 0, Number.MAX_VALUE);
  const denominator = a.totalTrade + a.domesticProduction;
  const importRisk = denominator > 0 ? a.numerator / denominator : 0;
  const score = a.hhi * importRisk;
  const midpoint = score * a.price;
  return {
    hhi: a.hhi,
    numerator: a.numerator,
    totalTrade: a.totalTrade,
    importRisk,
    score,
    price: a.price,
    midpoint,
    cf: midpoint / normaliser,
  };
}

/** One import flow into the assessed economy. */
export interface ImportRow {
  readonly partner: CountryId;
  /** Tonnes. */
  readonly quantity: number;
  /** kUSD. */
  readonly value: number;
  /** Exporter's political-stability weight 0–1 (see politicalStabilityWeight); absent → 0.5. */
  readonly stability?: number;
}

export interface ImportAggregates {
  readonly numerator: number;
  readonly totalTrade: number;
  readonly totalValue: number;
  /** Σ value / Σ quantity, 0 when there is no trade (as geopolrisk-py). */
  readonly price: number;
  /** Partners whose missing stability was replaced by 0.5. */
  readonly defaultedStability: readonly CountryId[];
}

/**
 * Aggregates imports; flows from `regionMembers` (trade inside the importing region) count in
 * the totals with weight 0, as geopolrisk-py does for regions.
 */
export function aggregateImports(
  rows: readonly ImportRow[],
  regionMembers: readonly CountryId[] = [],
): ImportAggregates {
  let numerator = 0;
  let totalTrade = 0;
  let totalValue = 0;
  const defaulted: CountryId[] = [];
  for (const r of rows) {
    if (!(r.quantity >= 0 && r.value >= 0 && Number.isFinite(r.quantity + r.value))) {
      throw new InvalidInputError("invalid_quantity", "import quantity and value must be ≥ 0", {
        partner: r.partner,
        quantity: r.quantity,
        value: r.value,
      });
    }
    let g = r.stability;
    if (g === undefined) {
      g = GEOPOLRISK_MISSING_STABILITY;
      defaulted.push(r.partner);
    } else requireInRange("stability", g, 0, 1);
    if (regionMembers.includes(r.partner)) g = 0;
    numerator += r.quantity * g;
    totalTrade += r.quantity;
    totalValue += r.value;
  }
  const price = totalTrade === 0 ? 0 : totalValue / totalTrade;
  return { numerator, totalTrade, totalValue, price, defaultedStability: defaulted };
}
