/**
 * Which USGS production series stands for each stage the EU assessed: one table,
 * data/criticality/usgs-series.csv (see its PROVENANCE.md). Aggregates are spelled out there
 * (rare earths, platinum-group metals), not by names in code.
 */
import fs from "node:fs";
import path from "node:path";
import { parse } from "csv-parse/sync";
import { DATA_DIR } from "../datasets/seed.ts";
import type { Stage } from "../engine/index.ts";

export type SeriesBasis = "same" | "proxy" | "none";

export type StageSeries = {
  material: string;
  stage: Stage;
  /** The USGS material and stage read (null for basis "none"). */
  usgsMaterial: string | null;
  /** "smelting" where the USGS gives smelter, not refinery, production. */
  usgsStage: string | null;
  basis: SeriesBasis;
  /** Why a proxy, or why no series (English; shown with the stage). */
  note: string;
};

export const USGS_SERIES_FILE = path.join(DATA_DIR, "criticality", "usgs-series.csv");

let cached: Map<string, StageSeries> | null = null;

/** The table, keyed "material|stage". Throws on a malformed row (a shipped-data defect). */
export function usgsSeriesTable(): ReadonlyMap<string, StageSeries> {
  if (cached) return cached;
  const records: Record<string, string>[] = parse(fs.readFileSync(USGS_SERIES_FILE), {
    columns: true,
    bom: true,
  });
  const table = new Map<string, StageSeries>();
  for (const r of records) {
    const basis = r.basis as SeriesBasis;
    const stage = r.stage as Stage;
    if (
      !["same", "proxy", "none"].includes(basis) ||
      !["extraction", "processing"].includes(stage)
    ) {
      throw new Error(`${USGS_SERIES_FILE}: bad row ${JSON.stringify(r)}`);
    }
    table.set(`${r.material_id}|${stage}`, {
      material: r.material_id as string,
      stage,
      usgsMaterial: r.usgs_material_id || null,
      usgsStage: r.usgs_stage || null,
      basis,
      note: r.note ?? "",
    });
  }
  cached = table;
  return table;
}

/** The series for a material's stage; a stage absent from the table has none. */
export function stageSeries(material: string, stage: Stage): StageSeries {
  return (
    usgsSeriesTable().get(`${material}|${stage}`) ?? {
      material,
      stage,
      usgsMaterial: null,
      usgsStage: null,
      basis: "none",
      note: "not in data/criticality/usgs-series.csv",
    }
  );
}
