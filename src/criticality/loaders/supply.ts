/** USGS production rows (country_statistics) → the engine's SupplyRow[]. */
import type { Db } from "../../platform/db/client.ts";
import type { Stage, SupplyRow } from "../engine/index.ts";
import { type ProductionRow, productionRows, productionRowsMany } from "./queries.ts";

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
  const rows = await productionRows(db, materialId, stage, year);
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
  const rows = await productionRowsMany(db, pairs, year);
  const by = new Map<string, ProductionRow[]>();
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
  rows: readonly ProductionRow[],
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
function latestVintage(rows: readonly ProductionRow[]): string {
  let best = rows[0] as ProductionRow;
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
