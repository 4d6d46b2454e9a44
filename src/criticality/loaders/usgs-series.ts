/**
 * Which USGS production series and which HS6 codes stand for each stage the EU assessed: one
 * table, data/criticality/usgs-series.csv (see its PROVENANCE.md). Aggregates are spelled out
 * there (rare earths, platinum-group metals), not by names in code.
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
  /** The HS6 codes (six digits) of the stage's products in trade; empty when none. */
  hsCodes: readonly string[];
};

export const USGS_SERIES_FILE = path.join(DATA_DIR, "criticality", "usgs-series.csv");

let cached: Map<string, StageSeries> | null = null;

/** "260400;260500" → ["260400", "260500"]; "" → []. Anything but six digits throws. */
export function parseHsCodes(raw: string, where: string): string[] {
  const codes = raw.trim() === "" ? [] : raw.split(";").map((c) => c.trim());
  for (const c of codes) {
    if (!/^\d{6}$/.test(c)) throw new Error(`${where}: HS code "${c}" is not six digits`);
  }
  return codes;
}

/** The table, keyed "material|stage". Throws on a malformed row (a shipped-data defect). */
export function usgsSeriesTable(): ReadonlyMap<string, StageSeries> {
  if (cached) return cached;
  cached = parseUsgsSeries(fs.readFileSync(USGS_SERIES_FILE, "utf8"), USGS_SERIES_FILE);
  return cached;
}

/** The table's text → rows keyed "material|stage"; a bad row throws, naming its line. */
export function parseUsgsSeries(text: string, fileName: string): Map<string, StageSeries> {
  const records: { record: Record<string, string>; info: { lines: number } }[] = parse(text, {
    columns: true,
    bom: true,
    info: true,
  });
  const table = new Map<string, StageSeries>();
  for (const { record: r, info } of records) {
    const where = `${fileName} line ${info.lines}`;
    const basis = r.basis as SeriesBasis;
    const stage = r.stage as Stage;
    if (
      !["same", "proxy", "none"].includes(basis) ||
      !["extraction", "processing"].includes(stage)
    ) {
      throw new Error(`${where}: bad row ${JSON.stringify(r)}`);
    }
    if (r.hs_codes === undefined) throw new Error(`${where}: no hs_codes column`);
    const key = `${r.material_id}|${stage}`;
    if (table.has(key)) throw new Error(`${where}: ${key} appears twice`);
    table.set(key, {
      material: r.material_id as string,
      stage,
      usgsMaterial: r.usgs_material_id || null,
      usgsStage: r.usgs_stage || null,
      basis,
      note: r.note ?? "",
      hsCodes: parseHsCodes(r.hs_codes, where),
    });
  }
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
      hsCodes: [],
    }
  );
}

/**
 * HS6 code → the materials whose stages list it, from the table (every stage of a material
 * counts towards that material). The one lookup BACI flows are mapped through.
 */
export function hsMaterialMap(
  table: ReadonlyMap<string, StageSeries> = usgsSeriesTable(),
): Map<string, string[]> {
  const map = new Map<string, string[]>();
  for (const s of table.values()) {
    for (const code of s.hsCodes) {
      const ids = map.get(code) ?? [];
      if (!ids.includes(s.material)) ids.push(s.material);
      map.set(code, ids);
    }
  }
  return map;
}
