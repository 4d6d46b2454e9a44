/**
 * The EU method's inputs for the GLOBAL view, computed from the loaded data (not the published
 * SR): global supply per stage from USGS world production, WGI scaled to 0–10, and from the EU
 * 2023 assessment its EoL-RIR, SI_SR, EI and the global-supply trade factors t.
 *
 * Choices, stated so that the pages and the CLI can show them:
 * - production: the latest year with data (or `productionYear`), in the latest USGS MCS edition
 *   holding that year (see supplyRows); extraction = mine production, processing = refinery
 *   production, or smelter production where the source gives no refinery series;
 * - WGI: the latest year in wgi_scores (or `wgiYear`); producers without a WGI (the "Other
 *   countries" row, territories) get the MEDIAN scaled WGI of the countries of that year;
 * - EI is the EU's published EI (the global view has no economy of its own); the stages are
 *   those the EU assessed (E, P or E+P); t comes from the EU table's global-supply (GS) scope.
 */
import type { Db } from "../../platform/db/client.ts";
import {
  assessEu,
  buildWgiIndex,
  EU_THRESHOLDS_2023,
  type EuMaterialInput,
  type EuStageInput,
  type MissingInput,
  type Stage,
  WGI_INDICATORS,
  type WgiEntry,
  type WgiIndex,
  type WgiIndicator,
} from "../engine/index.ts";
import { EU_RESULTS_VINTAGE } from "./eu.ts";
import { type SupplySeries, supplyRows } from "./supply.ts";

export type GlobalEuOptions = {
  /** Production year (default: the latest year with data, per material and stage). */
  productionYear?: number;
  /** WGI year (default: the latest in wgi_scores). */
  wgiYear?: number;
  /** Only these material ids (default: every material of the EU table). */
  materials?: readonly string[];
};

export type GlobalWgi = {
  index: WgiIndex;
  year: number;
  /** Median scaled WGI of the year's countries, used for producers without a WGI. */
  fallback: number;
};

/** Where each stage's global supply comes from. */
export type ProductionSource = Omit<SupplySeries, "rows">;

export type GlobalEuView = {
  inputs: EuMaterialInput[];
  wgi: GlobalWgi;
  /** By material id: the production series used per stage. */
  production: ReadonlyMap<string, ProductionSource[]>;
  /** Materials whose global view cannot be computed, with what they lack. */
  missing: { material: string; missing: readonly MissingInput[] }[];
  euVintage: string;
};

const STAGES_BY_CODE: Record<string, Stage[]> = {
  E: ["extraction"],
  P: ["processing"],
  "E+P": ["extraction", "processing"],
};

/** Median (mean of the two middle values for an even count). */
export function median(values: readonly number[]): number {
  const s = [...values].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 === 1
    ? (s[mid] as number)
    : ((s[mid - 1] as number) + (s[mid] as number)) / 2;
}

/** WGI of a year (default the latest) as the engine's index, with the median as fallback. */
export async function loadGlobalWgi(db: Db, wgiYear?: number): Promise<GlobalWgi | null> {
  const [latest] = await db.query<{ year: number | null }>(
    "SELECT max(year) AS year FROM wgi_scores",
  );
  const year =
    wgiYear ?? (latest?.year === null || latest === undefined ? null : Number(latest.year));
  if (year === null) return null;
  const rows = await db.query<{
    country_id: string;
    indicator: string;
    estimate: number;
    std_error: number | null;
  }>(
    `SELECT country_id, indicator, estimate, std_error FROM wgi_scores WHERE year = $1
      ORDER BY country_id, indicator`,
    [year],
  );
  if (rows.length === 0) return null;
  const table = new Map<
    string,
    {
      estimates: Partial<Record<WgiIndicator, number>>;
      stdErrors: Partial<Record<WgiIndicator, number>>;
    }
  >();
  for (const r of rows) {
    const key = r.indicator.toLowerCase() as WgiIndicator;
    if (!WGI_INDICATORS.includes(key)) continue;
    const entry = table.get(r.country_id) ?? { estimates: {}, stdErrors: {} };
    entry.estimates[key] = Number(r.estimate);
    if (r.std_error !== null) entry.stdErrors[key] = Number(r.std_error);
    table.set(r.country_id, entry);
  }
  const entries = new Map<string, WgiEntry>(
    [...table].map(([c, e]) => [
      c,
      Object.keys(e.stdErrors).length === 6 ? e : { estimates: e.estimates },
    ]),
  );
  const bare = buildWgiIndex(entries);
  const fallback = median([...bare.scaled.subarray(0, bare.fallbackSlot)]);
  return { index: buildWgiIndex(entries, { fallback }), year, fallback };
}

type EuRow = {
  material_id: string;
  economic_importance: number | null;
  stages_assessed: string | null;
  si_sr: number | null;
  eol_rir_pct: number | null;
};

/**
 * The global view's inputs for every material of the EU table (or `options.materials`). Those
 * lacking data are in `missing` (and left out of `inputs` only when they lack EI or stages,
 * which EuMaterialInput cannot hold; otherwise the engine itself reports what is missing).
 * Returns null when no WGI is loaded.
 */
export async function globalEuInputs(
  db: Db,
  options: GlobalEuOptions = {},
): Promise<GlobalEuView | null> {
  const wgi = await loadGlobalWgi(db, options.wgiYear);
  if (!wgi) return null;
  const euRows = await db.query<EuRow>(
    `SELECT r.material_id, r.economic_importance, r.stages_assessed, r.si_sr, r.eol_rir_pct
       FROM eu_assessment_results r JOIN datasets d ON d.id = r.dataset_id
      WHERE d.kind = 'eu-crm-results' AND d.vintage = $1
        AND ($2::text[] IS NULL OR r.material_id = ANY($2::text[]))
      ORDER BY r.material_id`,
    [EU_RESULTS_VINTAGE, options.materials ? [...options.materials] : null],
  );
  const trade = await db.query<{
    material_id: string;
    country_id: string;
    stage_id: string;
    t: number;
  }>(
    `SELECT p.material_id, p.country_id, p.stage_id, p.t
       FROM eu_trade_parameters p JOIN datasets d ON d.id = p.dataset_id
      WHERE d.kind = 'eu-crm-trade' AND d.vintage = $1 AND p.scope = 'GS'`,
    [EU_RESULTS_VINTAGE],
  );
  const tradeBy = new Map<string, Record<string, number>>();
  for (const t of trade) {
    const key = `${t.material_id}|${t.stage_id}`;
    tradeBy.set(key, { ...tradeBy.get(key), [t.country_id]: Number(t.t) });
  }
  const inputs: EuMaterialInput[] = [];
  const production = new Map<string, ProductionSource[]>();
  const missing: GlobalEuView["missing"] = [];
  for (const r of euRows) {
    const stages = STAGES_BY_CODE[r.stages_assessed ?? ""] ?? [];
    const lacks: MissingInput[] = [];
    if (r.economic_importance === null) lacks.push({ input: "economic_importance" });
    if (stages.length === 0) lacks.push({ input: "stages" });
    if (lacks.length > 0) {
      missing.push({ material: r.material_id, missing: lacks });
      continue;
    }
    const stageInputs: EuStageInput[] = [];
    const sources: ProductionSource[] = [];
    for (const stage of stages) {
      const series = await stageSupply(db, r.material_id, stage, options.productionYear);
      const tradeFactors = tradeBy.get(`${r.material_id}|${stage}`);
      if (series) {
        const { rows, ...source } = series;
        sources.push(source);
        stageInputs.push({ stage, globalSupply: rows, ...(tradeFactors && { tradeFactors }) });
      } else {
        stageInputs.push({ stage });
      }
    }
    production.set(r.material_id, sources);
    const input: EuMaterialInput = {
      material: r.material_id,
      economicImportance: Number(r.economic_importance),
      ...(r.eol_rir_pct !== null && { eolRir: Number(r.eol_rir_pct) / 100 }),
      ...(r.si_sr !== null && { siSr: Number(r.si_sr) }),
      stages: stageInputs,
    };
    inputs.push(input);
    const outcome = assessEu(input, "global", wgi.index, EU_THRESHOLDS_2023);
    if (outcome.status === "missing_inputs") {
      missing.push({ material: r.material_id, missing: outcome.missing });
    }
  }
  return { inputs, wgi, production, missing, euVintage: EU_RESULTS_VINTAGE };
}

/** Mine production for extraction; refinery, else smelter, production for processing. */
async function stageSupply(
  db: Db,
  materialId: string,
  stage: Stage,
  year: number | undefined,
): Promise<SupplySeries | null> {
  const series = await supplyRows(db, materialId, stage, year);
  if (series || stage !== "processing") return series;
  // The source's "smelting" stage is not an engine stage: read it, label it as processing.
  const smelter = await supplyRows(db, materialId, "smelting" as Stage, year);
  return smelter && { ...smelter, stage: "processing" };
}
