/**
 * A party's own sourcing at a stage, for the EU method's France–EU and Québec–Canada views:
 * - France–EU: EU-27 production (USGS) + imports into the EU-27 from outside it (BACI), with the
 *   EU's published import reliance and its EU-scope trade factors;
 * - Québec–Canada: Canadian production + imports into Canada (BACI), import reliance
 *   (imports − exports) / (production + imports − exports) from the same BACI year.
 * Trade flows are per material, not per stage: they stand for the sourcing of every stage.
 * Without flows there is no sourcing (the caller says what to import).
 */
import type { Db } from "../../platform/db/client.ts";
import type { EuPartySourcing, Stage, SupplyRow } from "../engine/index.ts";
import { exportedQuantity } from "./queries.ts";
import { supplyRows } from "./supply.ts";
import { baciCountries, TRADE_PARTIES, type TradeImports, tradeImports } from "./trade.ts";

export type SourcingParty = "france-eu" | "quebec-canada";
const PARTY_TRADE = { "france-eu": "eu", "quebec-canada": "qc" } as const;

export type EuParameters = {
  ir_extraction_pct: number | null;
  ir_processing_pct: number | null;
};

/** The party's BACI imports of the material (latest year), or null without flows. */
export function partyImports(db: Db, materialId: string, party: SourcingParty) {
  return tradeImports(db, { materialId, party: PARTY_TRADE[party] });
}

/** The party's sourcing at a stage, or null when its import reliance is unknown. */
export async function partySourcing(
  db: Db,
  q: {
    materialId: string;
    party: SourcingParty;
    stage: Stage;
    imports: TradeImports;
    production: { usgsMaterial: string; usgsStage: Stage } | null;
    eu: EuParameters | undefined;
    euFactors: Readonly<Record<string, number>> | undefined;
  },
): Promise<EuPartySourcing | null> {
  const members = TRADE_PARTIES[PARTY_TRADE[q.party]].members;
  const domestic = q.production
    ? await domesticRows(db, q.production, q.imports.year, members)
    : [];
  const rows: SupplyRow[] = [
    ...domestic,
    ...q.imports.partyInput.imports
      .filter((r) => !members.includes(r.partner) && r.quantity > 0)
      .map((r) => ({ country: r.partner, quantity: r.quantity })),
  ];
  const ir =
    q.party === "france-eu"
      ? euImportReliance(q.eu, q.stage)
      : await canadaImportReliance(db, q.materialId, q.imports.year, rows, domestic);
  if (ir === null || rows.length === 0) return null;
  return {
    rows,
    importReliance: ir,
    domestic: members,
    ...(q.euFactors && q.party === "france-eu" && { tradeFactors: q.euFactors }),
  };
}

function euImportReliance(eu: EuParameters | undefined, stage: Stage): number | null {
  const pct = stage === "extraction" ? eu?.ir_extraction_pct : eu?.ir_processing_pct;
  return pct === null || pct === undefined ? null : Math.min(1, Math.max(0, Number(pct) / 100));
}

/** The party members' own production at the stage in the trade year (else the latest). */
async function domesticRows(
  db: Db,
  production: { usgsMaterial: string; usgsStage: Stage },
  year: number,
  members: readonly string[],
): Promise<SupplyRow[]> {
  const { usgsMaterial, usgsStage } = production;
  const series =
    (await supplyRows(db, usgsMaterial, usgsStage, year)) ??
    (await supplyRows(db, usgsMaterial, usgsStage));
  return (series?.rows ?? [])
    .filter((r) => r.kind !== "total" && members.includes(r.country) && r.quantity > 0)
    .map((r) => ({ country: r.country, quantity: r.quantity }));
}

/** (I − E) / (P + I − E) for Canada, from BACI flows of the year and USGS production. */
async function canadaImportReliance(
  db: Db,
  materialId: string,
  year: number,
  rows: readonly SupplyRow[],
  domestic: readonly SupplyRow[],
): Promise<number> {
  const { codesOf } = await baciCountries(db);
  const exported = await exportedQuantity(db, materialId, year, codesOf(["CAN"]));
  const production = domestic.reduce((a, r) => a + r.quantity, 0);
  const imports = rows.reduce((a, r) => a + r.quantity, 0) - production;
  const net = imports - exported;
  const apparent = production + net;
  return apparent > 0 ? Math.min(1, Math.max(0, net / apparent)) : 0;
}
