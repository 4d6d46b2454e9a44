/** USGS production rows (country_statistics) → the engine's SupplyRow[]. */
import type { Db } from "../../platform/db/client.ts";
import type { Stage, SupplyRow } from "../engine/index.ts";

export type SupplySeries = {
  materialId: string;
  stage: Stage;
  year: number;
  /** Dataset the rows come from (the latest vintage holding that year). */
  vintage: string;
  /** The source's series: a dataset may give several per stage (content, gross weight…). */
  detail: string;
  unit: string;
  /** Country rows ("Other countries" as kind "other") and the world total (kind "total"). */
  rows: SupplyRow[];
  /** Producers listed without a figure (USGS "W" withheld, "s" negligible…), left out. */
  withheld: string[];
};

type Row = {
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

/**
 * Production of a material at a stage: the given year, or the latest with data. When several
 * datasets hold the year, the latest vintage wins; within it, the series (detail) with the most
 * country rows. Returns null when there is no production row at all.
 */
export async function supplyRows(
  db: Db,
  materialId: string,
  stage: Stage,
  year?: number,
): Promise<SupplySeries | null> {
  const rows = await db.query<Row>(
    `SELECT d.vintage, d.imported_at, cs.year, cs.source_line, cs.detail, cs.unit,
            coalesce(cs.country_id, cs.country_in_source) AS country,
            cs.is_world_total, cs.is_other_countries, cs.value
       FROM country_statistics cs JOIN datasets d ON d.id = cs.dataset_id
      WHERE cs.material_id = $1 AND cs.stage_id = $2 AND cs.measure = 'production'
        AND ($3::int IS NULL OR cs.year = $3::int)
      ORDER BY cs.source_line`,
    [materialId, stage, year ?? null],
  );
  return pickSeries(rows, materialId, stage, year);
}

/**
 * supplyRows for many (material, stage) pairs in one query: the same choice of year, vintage
 * and series per pair. Keyed "material|stage".
 */
export async function supplyRowsMany(
  db: Db,
  pairs: readonly { materialId: string; stage: Stage }[],
  year?: number,
): Promise<Map<string, SupplySeries | null>> {
  const rows = await db.query<Row & { material_id: string; stage_id: string }>(
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
  const by = new Map<string, Row[]>();
  for (const r of rows) {
    const key = `${r.material_id}|${r.stage_id}`;
    const list = by.get(key);
    if (list) list.push(r);
    else by.set(key, [r]);
  }
  const out = new Map<string, SupplySeries | null>();
  for (const p of pairs) {
    const key = `${p.materialId}|${p.stage}`;
    out.set(key, pickSeries(by.get(key) ?? [], p.materialId, p.stage, year));
  }
  return out;
}

function pickSeries(
  rows: readonly Row[],
  materialId: string,
  stage: Stage,
  year: number | undefined,
): SupplySeries | null {
  const withValues = rows.filter((r) => !r.is_world_total && r.value !== null);
  if (withValues.length === 0) return null;
  const y = year ?? Math.max(...withValues.map((r) => Number(r.year)));
  const ofYear = rows.filter((r) => Number(r.year) === y);
  const vintage = latestVintage(ofYear.filter((r) => !r.is_world_total && r.value !== null));
  const inDataset = ofYear.filter((r) => r.vintage === vintage);
  const counts = new Map<string, number>();
  for (const r of inDataset) {
    if (!r.is_world_total) counts.set(r.detail, (counts.get(r.detail) ?? 0) + 1);
  }
  // Most rows first; Map order (source line) breaks ties.
  const detail = [...counts].sort((a, b) => b[1] - a[1])[0]?.[0] as string;
  const series = inDataset.filter((r) => r.detail === detail || r.is_world_total);
  const out: SupplyRow[] = [];
  const withheld: string[] = [];
  for (const r of series) {
    if (r.value === null) {
      if (!r.is_world_total) withheld.push(r.country);
      continue;
    }
    out.push({
      country: r.country,
      quantity: Number(r.value),
      kind: r.is_world_total ? "total" : r.is_other_countries ? "other" : "country",
    });
  }
  const unit = series.find((r) => r.detail === detail)?.unit ?? "";
  return { materialId, stage, year: y, vintage, detail, unit, rows: out, withheld };
}

/** Latest vintage among the rows (vintages sort as text: "MCS 2026" > "MCS 2025"). */
function latestVintage(rows: readonly Row[]): string {
  let best = rows[0] as Row;
  for (const r of rows) {
    if (
      r.vintage > best.vintage ||
      (r.vintage === best.vintage && String(r.imported_at) > String(best.imported_at))
    ) {
      best = r;
    }
  }
  return best.vintage;
}
