/**
 * BACI trade flows (trade_flows) → the engine's GeoPolRisk party input: what a party imports of
 * a material in a year, from whom, and how stable each exporter is (WGI political stability).
 */
import type { Db } from "../../platform/db/client.ts";
import type { Party } from "../../shared/party.ts";
import {
  type GeoPolRiskPartyInput,
  type ImportRow,
  politicalStabilityWeight,
} from "../engine/index.ts";
import { countryCodeRows, importFlowRows, politicalStabilityRows } from "./queries.ts";

export type TradeParty = Party | "eu";

/** The importing economy of each party, as ISO alpha-3 country ids (countries.id). */
export const TRADE_PARTIES: Readonly<
  Record<TradeParty, { importer: string; members: readonly string[] }>
> = {
  qc: { importer: "CAN", members: ["CAN"] },
  fr: { importer: "FRA", members: ["FRA"] },
  // EU-27 as a region: flows between members count in the totals with weight 0.
  eu: {
    importer: "EU27",
    members: [
      "AUT",
      "BEL",
      "BGR",
      "HRV",
      "CYP",
      "CZE",
      "DNK",
      "EST",
      "FIN",
      "FRA",
      "DEU",
      "GRC",
      "HUN",
      "IRL",
      "ITA",
      "LVA",
      "LTU",
      "LUX",
      "MLT",
      "NLD",
      "POL",
      "PRT",
      "ROU",
      "SVK",
      "SVN",
      "ESP",
      "SWE",
    ],
  },
};

export type TradeImports = {
  materialId: string;
  party: TradeParty;
  year: number;
  /** The BACI release the flows come from (the latest import holding that year). */
  source: string;
  vintage: string;
  /** What the engine takes (assessGeoPolRisk's `parties[p]`). */
  partyInput: GeoPolRiskPartyInput;
  /** Exporters without a WGI political-stability estimate up to `year`: the engine uses 0.5. */
  defaultedStability: string[];
  /** Exporter codes that name no country (BACI groupings such as 490 "Other Asia, nes"). */
  unknownExporterCodes: number[];
  /** Flows with a value but no quantity at all: left out (they have no tonnes to weigh). */
  flowsWithoutQuantity: number;
  /** Flows with some rows lacking a quantity: the tonnes are a lower bound. */
  flowsWithPartialQuantity: number;
};

/** BACI code → country id: countries.baci_code, else numeric_code when no country claims it. */
export async function baciCountries(db: Db): Promise<{
  byCode: Map<number, string>;
  codesOf: (ids: readonly string[]) => number[];
}> {
  const rows = await countryCodeRows(db);
  const byCode = new Map<number, string>();
  for (const r of rows) if (r.baci_code !== null) byCode.set(Number(r.baci_code), r.id);
  for (const r of rows) {
    if (r.numeric_code !== null && !byCode.has(Number(r.numeric_code))) {
      byCode.set(Number(r.numeric_code), r.id);
    }
  }
  const codesOf = (ids: readonly string[]) =>
    [...byCode].filter(([, id]) => ids.includes(id)).map(([code]) => code);
  return { byCode, codesOf };
}

/**
 * WGI political stability (PV) per country: the estimate for `year`, else the latest before it;
 * the latest imported WGI dataset wins for a given year.
 */
export async function politicalStability(db: Db, year: number): Promise<Map<string, number>> {
  const rows = await politicalStabilityRows(db, year);
  const out = new Map<string, number>();
  for (const r of rows) if (!out.has(r.country_id)) out.set(r.country_id, Number(r.estimate));
  return out;
}

/**
 * The party's imports of a material in `year` (default: the latest year with flows), or null
 * when trade_flows holds none. Flows are summed over the party's members per exporter.
 */
export async function tradeImports(
  db: Db,
  q: { materialId: string; year?: number | undefined; party: TradeParty },
): Promise<TradeImports | null> {
  const party = TRADE_PARTIES[q.party];
  const countries = await baciCountries(db);
  const importerCodes = countries.codesOf(party.members);
  if (importerCodes.length === 0) return null;
  const flows = await importFlowRows(db, q.materialId, importerCodes, q.year);
  const first = flows[0];
  if (!first) return null;
  const year = Number(first.year);
  const stability = await politicalStability(db, year);
  const byPartner = new Map<string, { quantity: number; value: number }>();
  const unknown = new Set<number>();
  let withoutQuantity = 0;
  let partial = 0;
  for (const f of flows) {
    if (f.quantity === null) {
      withoutQuantity++;
      continue;
    }
    if (f.partial) partial++;
    const code = Number(f.exporter_code);
    const id = countries.byCode.get(code);
    if (!id) unknown.add(code);
    const partner = id ?? `BACI:${code}`;
    const sum = byPartner.get(partner) ?? { quantity: 0, value: 0 };
    sum.quantity += Number(f.quantity);
    sum.value += Number(f.value);
    byPartner.set(partner, sum);
  }
  const imports: ImportRow[] = [];
  const defaulted: string[] = [];
  for (const [partner, sum] of byPartner) {
    const pv = stability.get(partner);
    if (pv === undefined) defaulted.push(partner);
    imports.push({
      partner,
      quantity: sum.quantity,
      value: sum.value,
      ...(pv !== undefined && { stability: politicalStabilityWeight(pv) }),
    });
  }
  return {
    materialId: q.materialId,
    party: q.party,
    year,
    source: first.source,
    vintage: first.vintage,
    partyInput: { importer: party.importer, members: party.members, imports },
    defaultedStability: defaulted,
    unknownExporterCodes: [...unknown],
    flowsWithoutQuantity: withoutQuantity,
    flowsWithPartialQuantity: partial,
  };
}
