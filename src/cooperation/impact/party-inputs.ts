/**
 * The EU method's inputs of one material for each party's view, from the loaded data:
 * - global: the criticality area's global view (USGS world production, WGI, EU 2023 table);
 * - France–EU: the same, plus EU sourcing at each stage = EU-27 production (USGS) + imports
 *   into the EU-27 from outside it (BACI, trade_flows), with the EU's published import reliance
 *   and EU-scope trade factors; a stage the EU assessed on global supply only (GSonly) stays so;
 * - Québec–Canada: Canadian production + imports into Canada (BACI), import reliance
 *   (imports − exports) / (production + imports − exports) from the same BACI year.
 * Trade flows are per material, not per stage: they stand for the sourcing of every stage
 * assessed. Without flows the engine reports the party's sourcing as missing. Stages without
 * world production are left out and named, as in the global scenario.
 */

import type {
  EuMaterialInput,
  EuPartySourcing,
  MissingInput,
  PartyId,
  Stage,
  SupplyRow,
} from "../../criticality/engine/index.ts";
import { EU_RESULTS_VINTAGE } from "../../criticality/loaders/eu.ts";
import { type GlobalWgi, globalEuInputs } from "../../criticality/loaders/global-eu.ts";
import { supplyRows } from "../../criticality/loaders/supply.ts";
import { baciCountries, TRADE_PARTIES, tradeImports } from "../../criticality/loaders/trade.ts";
import type { Db } from "../../platform/db/client.ts";

export type PartyView = {
  party: PartyId;
  input: EuMaterialInput;
  /** Inputs this loader already knows are absent (the engine adds its own). */
  missing: MissingInput[];
  /** BACI year and source of the sourcing rows, when used. */
  trade: { year: number; source: string } | null;
};

export type MaterialViews = {
  material: string;
  wgi: GlobalWgi;
  omittedStages: Stage[];
  views: PartyView[];
  /** Why nothing at all could be computed (no WGI, not in the EU table, no stage with data). */
  unavailable: readonly MissingInput[] | null;
};

const PARTY_TRADE = { "france-eu": "eu", "quebec-canada": "qc" } as const;

type EuRow = {
  scope_extraction: string | null;
  scope_processing: string | null;
  ir_extraction_pct: number | null;
  ir_processing_pct: number | null;
};

export async function materialViews(db: Db, materialId: string): Promise<MaterialViews | null> {
  const view = await globalEuInputs(db, { materials: [materialId] });
  if (!view) return null;
  const full = view.inputs.find((i) => i.material === materialId);
  const lacking = view.missing.find((m) => m.material === materialId)?.missing ?? [];
  const omittedStages = full?.stages.filter((s) => !s.globalSupply).map((s) => s.stage) ?? [];
  const global = full && { ...full, stages: full.stages.filter((s) => s.globalSupply) };
  const blocking = lacking.filter((m) => m.input !== "global_supply");
  if (!global || global.stages.length === 0 || blocking.length > 0) {
    return {
      material: materialId,
      wgi: view.wgi,
      omittedStages,
      views: [],
      unavailable: lacking.length > 0 ? lacking : [{ input: "stages" }],
    };
  }
  const [eu] = await db.query<EuRow>(
    `SELECT r.scope_extraction, r.scope_processing, r.ir_extraction_pct, r.ir_processing_pct
       FROM eu_assessment_results r JOIN datasets d ON d.id = r.dataset_id
      WHERE d.kind = 'eu-crm-results' AND d.vintage = $1 AND r.material_id = $2`,
    [EU_RESULTS_VINTAGE, materialId],
  );
  const euFactors = await euScopeFactors(db, materialId);
  const views: PartyView[] = [{ party: "global", input: global, missing: [], trade: null }];
  for (const party of ["france-eu", "quebec-canada"] as const) {
    const members = TRADE_PARTIES[PARTY_TRADE[party]].members;
    const imports = await tradeImports(db, { materialId, party: PARTY_TRADE[party] });
    const missing: MissingInput[] = [];
    const stages = [];
    for (const s of global.stages) {
      const scope = s.stage === "extraction" ? eu?.scope_extraction : eu?.scope_processing;
      if (party === "france-eu" && scope === "GSonly") {
        stages.push({ ...s, globalOnlyFor: ["france-eu" as const] });
        continue;
      }
      if (!imports) {
        stages.push(s);
        continue;
      }
      const domestic = await domesticRows(db, materialId, s.stage, imports.year, members);
      const rows: SupplyRow[] = [
        ...domestic,
        ...imports.partyInput.imports
          .filter((r) => !members.includes(r.partner) && r.quantity > 0)
          .map((r) => ({ country: r.partner, quantity: r.quantity })),
      ];
      const ir =
        party === "france-eu"
          ? euImportReliance(eu, s.stage)
          : await canadaImportReliance(db, materialId, imports.year, rows, domestic);
      if (ir === null) {
        missing.push({ input: "import_reliance", stage: s.stage });
        stages.push(s);
        continue;
      }
      const factors = party === "france-eu" ? euFactors.get(s.stage) : undefined;
      const sourcing: EuPartySourcing = {
        rows,
        importReliance: ir,
        domestic: members,
        ...(factors && { tradeFactors: factors }),
      };
      stages.push({ ...s, sourcing: { ...s.sourcing, [party]: sourcing } });
    }
    views.push({
      party,
      input: { ...global, stages },
      missing,
      trade: imports && { year: imports.year, source: imports.source },
    });
  }
  return { material: materialId, wgi: view.wgi, omittedStages, views, unavailable: null };
}

function euImportReliance(eu: EuRow | undefined, stage: Stage): number | null {
  const pct = stage === "extraction" ? eu?.ir_extraction_pct : eu?.ir_processing_pct;
  return pct === null || pct === undefined ? null : Math.min(1, Math.max(0, Number(pct) / 100));
}

async function euScopeFactors(db: Db, materialId: string) {
  const rows = await db.query<{ stage_id: Stage; country_id: string; t: number }>(
    `SELECT p.stage_id, p.country_id, p.t
       FROM eu_trade_parameters p JOIN datasets d ON d.id = p.dataset_id
      WHERE d.kind = 'eu-crm-trade' AND d.vintage = $1 AND p.scope = 'EU' AND p.material_id = $2`,
    [EU_RESULTS_VINTAGE, materialId],
  );
  const by = new Map<Stage, Record<string, number>>();
  for (const r of rows) by.set(r.stage_id, { ...by.get(r.stage_id), [r.country_id]: Number(r.t) });
  return by;
}

/** The party members' own production at the stage in the trade year (else the latest). */
async function domesticRows(
  db: Db,
  materialId: string,
  stage: Stage,
  year: number,
  members: readonly string[],
): Promise<SupplyRow[]> {
  const series =
    (await supplyRows(db, materialId, stage, year)) ?? (await supplyRows(db, materialId, stage));
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
  const [exp] = await db.query<{ q: number | null }>(
    `SELECT sum(quantity_t)::float8 AS q FROM trade_flows
      WHERE material_id = $1 AND year = $2 AND exporter_code = ANY($3::int[])`,
    [materialId, year, codesOf(["CAN"])],
  );
  const production = domestic.reduce((a, r) => a + r.quantity, 0);
  const imports = rows.reduce((a, r) => a + r.quantity, 0) - production;
  const net = imports - Number(exp?.q ?? 0);
  const apparent = production + net;
  return apparent > 0 ? Math.min(1, Math.max(0, net / apparent)) : 0;
}
