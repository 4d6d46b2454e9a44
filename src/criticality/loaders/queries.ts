/** The loaders' reads of reference and observation tables, as the database gives them. */
import type { Db } from "../../platform/db/client.ts";
import type { Stage } from "../engine/index.ts";

export type MaterialNameRow = { id: string; name_fr: string; name_en: string };

export function materialNameRows(db: Db): Promise<MaterialNameRow[]> {
  return db.query<MaterialNameRow>("SELECT id, name_fr, name_en FROM materials ORDER BY id");
}

export function materialAliasRows(db: Db): Promise<{ alias_key: string; material_id: string }[]> {
  return db.query("SELECT alias_key, material_id FROM material_aliases");
}

/** The latest year with WGI scores, or null when none is imported. */
export async function latestWgiYear(db: Db): Promise<number | null> {
  const [latest] = await db.query<{ year: number | null }>(
    "SELECT max(year) AS year FROM wgi_scores",
  );
  return latest?.year === null || latest === undefined ? null : Number(latest.year);
}

export type WgiScoreRow = {
  country_id: string;
  indicator: string;
  estimate: number;
  std_error: number | null;
};

export function wgiScoreRows(db: Db, year: number): Promise<WgiScoreRow[]> {
  return db.query<WgiScoreRow>(
    `SELECT country_id, indicator, estimate, std_error FROM wgi_scores WHERE year = $1
      ORDER BY country_id, indicator`,
    [year],
  );
}

/** Tonnes of a material the given BACI exporter codes shipped in a year. */
export async function exportedQuantity(
  db: Db,
  materialId: string,
  year: number,
  exporterCodes: readonly number[],
): Promise<number> {
  const [exp] = await db.query<{ q: number | null }>(
    `SELECT sum(quantity_t)::float8 AS q FROM trade_flows
      WHERE material_id = $1 AND year = $2 AND exporter_code = ANY($3::int[])`,
    [materialId, year, exporterCodes],
  );
  return Number(exp?.q ?? 0);
}

/** A production row of country_statistics with its dataset. */
export type ProductionRow = {
  vintage: string;
  imported_at: string | Date;
  year: number;
  source_line: number;
  detail: string;
  unit: string;
  country: string;
  is_world_total: boolean;
  is_other_countries: boolean;
  value: number | null;
};

/** USGS production of a material at a stage: the given year, or every year. */
export function productionRows(
  db: Db,
  materialId: string,
  stage: Stage,
  year: number | undefined,
): Promise<ProductionRow[]> {
  return db.query<ProductionRow>(
    `SELECT d.vintage, d.imported_at, cs.year, cs.source_line, cs.detail, cs.unit,
            coalesce(cs.country_id, cs.country_in_source) AS country,
            cs.is_world_total, cs.is_other_countries, cs.value
       FROM country_statistics cs JOIN datasets d ON d.id = cs.dataset_id
      WHERE cs.material_id = $1 AND cs.stage_id = $2 AND cs.measure = 'production'
        AND ($3::int IS NULL OR cs.year = $3::int)
      ORDER BY cs.source_line`,
    [materialId, stage, year ?? null],
  );
}

/** productionRows for many (material, stage) pairs in one query. */
export function productionRowsMany(
  db: Db,
  pairs: readonly { materialId: string; stage: Stage }[],
  year: number | undefined,
): Promise<(ProductionRow & { material_id: string; stage_id: string })[]> {
  return db.query<ProductionRow & { material_id: string; stage_id: string }>(
    `SELECT cs.material_id, cs.stage_id, d.vintage, d.imported_at, cs.year, cs.source_line,
            cs.detail, cs.unit, coalesce(cs.country_id, cs.country_in_source) AS country,
            cs.is_world_total, cs.is_other_countries, cs.value
       FROM country_statistics cs JOIN datasets d ON d.id = cs.dataset_id
       JOIN unnest($1::text[], $2::text[]) AS p (material_id, stage_id)
         ON p.material_id = cs.material_id AND p.stage_id = cs.stage_id
      WHERE cs.measure = 'production' AND ($3::int IS NULL OR cs.year = $3::int)
      ORDER BY cs.source_line`,
    [pairs.map((p) => p.materialId), pairs.map((p) => p.stage), year ?? null],
  );
}

/** A country with its BACI and ISO numeric codes. */
export type CountryRow = { id: string; baci_code: number | null; numeric_code: number | null };
/** A BACI flow into one of the importer codes. */
export type FlowRow = {
  year: number;
  source: string;
  vintage: string;
  exporter_code: number;
  value: number;
  quantity: number | null;
  partial: boolean;
};

export function countryCodeRows(db: Db): Promise<CountryRow[]> {
  return db.query<CountryRow>("SELECT id, baci_code, numeric_code FROM countries");
}

/** Political stability (PV) estimates up to a year, latest year and dataset first per country. */
export function politicalStabilityRows(
  db: Db,
  year: number,
): Promise<{ country_id: string; estimate: number }[]> {
  return db.query<{ country_id: string; estimate: number }>(
    `SELECT w.country_id, w.estimate
       FROM wgi_scores w JOIN datasets d ON d.id = w.dataset_id
      WHERE w.indicator = 'PV' AND w.year <= $1
      ORDER BY w.country_id, w.year DESC, d.imported_at DESC`,
    [year],
  );
}

/**
 * The flows of a material into the importer codes, from the latest (year, source) holding
 * them, or from the given year.
 */
export function importFlowRows(
  db: Db,
  materialId: string,
  importerCodes: readonly number[],
  year: number | undefined,
): Promise<FlowRow[]> {
  return db.query<FlowRow>(
    `SELECT tf.year, tf.source, tf.vintage, tf.exporter_code,
            tf.value_kusd::float8 AS value, tf.quantity_t::float8 AS quantity,
            (tf.rows_without_quantity > 0) AS partial
       FROM trade_flows tf JOIN trade_flow_imports i ON i.id = tf.import_id
      WHERE tf.material_id = $1 AND tf.importer_code = ANY($2::int[])
        AND ($3::int IS NULL OR tf.year = $3::int)
        AND (tf.source, tf.year) = (
          SELECT f.source, f.year FROM trade_flows f JOIN trade_flow_imports fi ON fi.id = f.import_id
           WHERE f.material_id = $1 AND f.importer_code = ANY($2::int[])
             AND ($3::int IS NULL OR f.year = $3::int)
           ORDER BY f.year DESC, fi.imported_at DESC LIMIT 1)
      ORDER BY tf.exporter_code, tf.importer_code`,
    [materialId, importerCodes, year ?? null],
  );
}

/** A material's row of the EU's published results (the EU CRM study's tables). */
export type EuResultRow = {
  material_id: string;
  economic_importance: number | null;
  stages_assessed: string | null;
  si_sr: number | null;
  eol_rir_pct: number | null;
  supply_risk: number | null;
  sr_stage_id: string | null;
  sr_extraction: number | null;
  sr_processing: number | null;
  scope_extraction: string | null;
  scope_processing: string | null;
  ir_extraction_pct: number | null;
  ir_processing_pct: number | null;
};

export function euResultRows(db: Db, euVintage: string): Promise<EuResultRow[]> {
  return db.query<EuResultRow>(
    `SELECT r.material_id, r.economic_importance, r.stages_assessed, r.si_sr, r.eol_rir_pct,
            r.supply_risk, r.sr_stage_id, r.sr_extraction, r.sr_processing,
            r.scope_extraction, r.scope_processing, r.ir_extraction_pct, r.ir_processing_pct
       FROM eu_assessment_results r JOIN datasets d ON d.id = r.dataset_id
      WHERE d.kind = 'eu-crm-results' AND d.vintage = $1
      ORDER BY r.material_id`,
    [euVintage],
  );
}

export async function strategicMaterialIds(db: Db, listId: string): Promise<Set<string>> {
  const rows = await db.query<{ material_id: string }>(
    "SELECT material_id FROM official_list_members WHERE list_id = $1 AND strategic",
    [listId],
  );
  return new Set(rows.map((r) => r.material_id));
}

export async function materialIdsWithFlows(db: Db): Promise<Set<string>> {
  const rows = await db.query<{ material_id: string }>(
    "SELECT DISTINCT material_id FROM trade_flows",
  );
  return new Set(rows.map((r) => r.material_id));
}

/** The EU's trade factors t of the global-supply ("GS") and EU scopes. */
export function tradeFactorRows(
  db: Db,
  vintage: string,
): Promise<
  { scope: string; material_id: string; country_id: string; stage_id: string; t: number }[]
> {
  return db.query(
    `SELECT p.scope, p.material_id, p.country_id, p.stage_id, p.t
       FROM eu_trade_parameters p JOIN datasets d ON d.id = p.dataset_id
      WHERE d.kind = 'eu-crm-trade' AND d.vintage = $1 AND p.scope IN ('GS', 'EU')`,
    [vintage],
  );
}

/** The EU table's materials without the members of a group that has its own row. */
export async function ungroupedMaterialIds(db: Db, euVintage: string): Promise<Set<string>> {
  const rows = await db.query<{ material_id: string }>(
    `SELECT r.material_id FROM eu_assessment_results r JOIN datasets d ON d.id = r.dataset_id
      WHERE d.kind = 'eu-crm-results' AND d.vintage = $1
        AND NOT EXISTS (
          SELECT 1 FROM material_group_members g
            JOIN eu_assessment_results gr ON gr.material_id = g.group_id AND gr.dataset_id = r.dataset_id
           WHERE g.member_id = r.material_id)`,
    [euVintage],
  );
  return new Set(rows.map((r) => r.material_id));
}

/** The country a BACI code names: its baci_code, else the numeric_code nobody else claims. */
export function countryIdsOfCode(db: Db, code: number): Promise<{ id: string }[]> {
  return db.query<{ id: string }>(
    `SELECT id FROM countries WHERE baci_code = $1
     UNION ALL SELECT id FROM countries WHERE numeric_code = $1
       AND NOT EXISTS (SELECT 1 FROM countries WHERE baci_code = $1)`,
    [code],
  );
}

/** A country's latest political stability (PV) estimate up to a year. */
export function latestStability(
  db: Db,
  countryId: string,
  year: number,
): Promise<{ estimate: number }[]> {
  return db.query<{ estimate: number }>(
    `SELECT estimate FROM wgi_scores WHERE country_id = $1 AND indicator = 'PV'
       AND year <= $2 ORDER BY year DESC LIMIT 1`,
    [countryId, year],
  );
}

/** How many bilateral trade flows (BACI) are loaded: none means GeoPolRisk lacks its imports. */
export async function countTradeFlows(db: Db): Promise<number> {
  const [row] = await db.query<{ n: number }>("SELECT count(*)::int AS n FROM trade_flows");
  return Number(row?.n ?? 0);
}
