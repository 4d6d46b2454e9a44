/** GeoPolRisk of one material from one party's view (the party is the importing economy). */
import {
  aggregateImports,
  type GeoPolRiskOptions,
  type GeoPolRiskValues,
  geoPolRiskFromAggregates,
  type ImportRow,
} from "./geopolrisk.ts";
import { hhi, producerRows } from "./hhi.ts";
import { GEOPOLRISK_COPPER_MIDPOINT } from "./reference-values.ts";
import {
  type CountryId,
  type MissingInput,
  type MissingInputs,
  type PartyId,
  requireParty,
  type SupplyRow,
} from "./types.ts";

export interface GeoPolRiskPartyInput {
  /** Label of the importing economy, e.g. "CAN", "EU27", "USA". */
  readonly importer: string;
  readonly imports: readonly ImportRow[];
  /** Countries forming the importer: their production is domestic, trade among them weighs 0. */
  readonly members: readonly CountryId[];
  /** Tonnes; default: the members' rows of `worldProduction`. */
  readonly domesticProduction?: number;
}

export interface GeoPolRiskMaterialInput {
  readonly material: string;
  readonly year: number | string;
  /** World production by country (tonnes); "total" rows are ignored. */
  readonly worldProduction?: readonly SupplyRow[];
  readonly parties?: Readonly<Partial<Record<PartyId, GeoPolRiskPartyInput>>>;
}

export interface GeoPolRiskResult {
  readonly status: "ok";
  readonly method: "geopolrisk";
  readonly material: string;
  readonly party: PartyId;
  readonly values: GeoPolRiskValues;
  readonly inputs: {
    readonly material: GeoPolRiskMaterialInput;
    readonly importer: string;
    readonly domesticProduction: number;
    readonly defaultedStability: readonly CountryId[];
    /** An "Other countries" production row was counted as one producer (HHI understated). */
    readonly includesOtherCountries: boolean;
    readonly normaliser: number;
  };
}

export type GeoPolRiskOutcome =
  | GeoPolRiskResult
  | (MissingInputs & { method: "geopolrisk"; material: string; party: PartyId });

/** Sum of the members' production rows. */
export function domesticProduction(rows: readonly SupplyRow[], members: readonly CountryId[]) {
  let p = 0;
  for (const r of producerRows(rows)) if (members.includes(r.country)) p += r.quantity;
  return p;
}

/**
 * GeoPolRisk for `party`: needs world production and the party's imports; the global view has
 * no importing economy, so it reports `imports` as missing.
 */
export function assessGeoPolRisk(
  input: GeoPolRiskMaterialInput,
  party: PartyId,
  options: GeoPolRiskOptions = {},
): GeoPolRiskOutcome {
  requireParty(party);
  const missing: MissingInput[] = [];
  const own = input.parties?.[party];
  if (!input.worldProduction) missing.push({ input: "world_production" });
  if (!own) missing.push({ input: "imports" });
  if (!input.worldProduction || !own) {
    return {
      status: "missing_inputs",
      method: "geopolrisk",
      material: input.material,
      party,
      missing,
    };
  }
  const production = producerRows(input.worldProduction);
  const agg = aggregateImports(own.imports, own.members);
  const p = own.domesticProduction ?? domesticProduction(production, own.members);
  const values = geoPolRiskFromAggregates(
    {
      hhi: hhi(production.map((r) => r.quantity)),
      numerator: agg.numerator,
      totalTrade: agg.totalTrade,
      domesticProduction: p,
      price: agg.price,
    },
    options,
  );
  return {
    status: "ok",
    method: "geopolrisk",
    material: input.material,
    party,
    values,
    inputs: {
      material: input,
      importer: own.importer,
      domesticProduction: p,
      defaultedStability: agg.defaultedStability,
      includesOtherCountries: production.some((r) => r.kind === "other"),
      normaliser: options.normaliser ?? GEOPOLRISK_COPPER_MIDPOINT.value,
    },
  };
}
