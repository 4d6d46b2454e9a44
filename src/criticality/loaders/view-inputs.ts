/**
 * THE one builder of the EU method's inputs for a view (global, Québec–Canada, France–EU): every
 * caller (assessment, factsheet, matrix, scenarios, Monte Carlo, project impact, exports, API)
 * goes through it, so that a material has one answer per view everywhere.
 *
 * Per material of the EU 2023 table and per stage the EU assessed (extraction, processing):
 * - the USGS production series data/criticality/usgs-series.csv names for the stage (mine,
 *   refinery or smelter production; aggregates spelled out there), latest year with data, in
 *   the latest MCS edition holding it → world supply shares, stage `computed`;
 * - where that table names no series, the EU's published stage SR (or its published SR when the
 *   stage is the published bottleneck without a stage value), stage `published` with the reason;
 * - the party's own sourcing (France–EU, Québec–Canada) from BACI flows when they are imported;
 *   without them, Québec–Canada uses global supply alone (stated per stage) and France–EU the
 *   EU's published stage SR (EU sourcing needs the flows);
 * - WGI (latest year, median for producers without one), EoL-RIR and SI_SR from the EU table,
 *   trade factors t of the global-supply scope, EU import reliance.
 * A stage with neither data nor a published value is named as missing in the stages (never
 * dropped silently) and the SR is the highest of the others; with no stage left the material
 * is `missing_inputs`.
 */
import type { Db } from "../../platform/db/client.ts";
import { versioned } from "../../platform/db/versioned-cache.ts";
import type {
  EuMaterialInput,
  EuStageInput,
  MissingInput,
  PartyId,
  PublishedStage,
  Stage,
} from "../engine/index.ts";
import { EU_RESULTS_VINTAGE, EU_STRATEGIC_LIST } from "./eu.ts";
import {
  type EuResultRow,
  euResultRows,
  materialIdsWithFlows,
  strategicMaterialIds,
  tradeFactorRows,
  ungroupedMaterialIds,
} from "./queries.ts";
import { type SupplySeries, supplyRowsMany } from "./supply.ts";
import { type SeriesBasis, stageSeries } from "./usgs-series.ts";
import { partyImports, partySourcing } from "./view-sourcing.ts";
import { type GlobalWgi, loadGlobalWgi } from "./wgi.ts";

export type ViewOptions = {
  /** EU assessment vintage (default EU CRM 2023). */
  euVintage?: string;
  /** Production year (default: the latest with data, per material and stage). */
  productionYear?: number;
  wgiYear?: number;
  /** Only these material ids (default: every material of the EU table). */
  materials?: readonly string[];
};

/** Where a stage's figure comes from, for every page, export and API answer to show. */
export type StageProvenance = {
  stage: Stage;
  provenance: "computed" | "published" | "missing";
  /** Scopes used when computed: world supply alone, or with the party's own sourcing. */
  scope?: "global" | "global+party";
  /** The USGS series read (computed stages). */
  series?: Omit<SupplySeries, "rows" | "materialId" | "stage"> & {
    usgsMaterial: string;
    usgsStage: string;
    basis: SeriesBasis;
    note: string;
  };
  /** The party's BACI flows used, when any. */
  trade?: { year: number; source: string };
  /** The published value used, with why the stage is not computed. */
  published?: PublishedStage;
  /** Why the stage is missing (no series and no published value). */
  reason?: string;
};

export type MaterialView = {
  material: string;
  input: EuMaterialInput;
  stages: StageProvenance[];
};

export type ViewInputs = {
  party: PartyId;
  wgi: GlobalWgi;
  euVintage: string;
  materials: MaterialView[];
  /** Materials the view cannot hold at all (no EI, no assessed stage). */
  unavailable: { material: string; missing: MissingInput[] }[];
};

export const STAGES_BY_CODE: Readonly<Record<string, readonly Stage[]>> = {
  E: ["extraction"],
  P: ["processing"],
  "E+P": ["extraction", "processing"],
};

/** Reason texts (English, stable: pages translate them by key). */
export const PUBLISHED_REASONS = {
  no_series: "no_usgs_series",
  party_sourcing: "party_sourcing_needs_trade_flows",
  no_factors: "no_eol_rir_or_substitution_index",
} as const;

/** The EU table's published SR for a stage, or its SR when the stage is its bottleneck. */
function publishedStageSr(r: EuResultRow, stage: Stage): number | null {
  const value = stage === "extraction" ? r.sr_extraction : r.sr_processing;
  if (value !== null) return Number(value);
  return r.sr_stage_id === stage && r.supply_risk !== null ? Number(r.supply_risk) : null;
}

/**
 * Builds `party`'s view; null when no WGI is loaded. The whole view is read once per
 * criticality data version (every table it reads bumps that version, migration 0015) and
 * shared: on PGlite the reads take a few hundred milliseconds, the engine a few. Callers must
 * not modify what they get (the engine never does: scenarios return new inputs).
 */
export async function buildViewInputs(
  db: Db,
  party: PartyId,
  options: ViewOptions = {},
): Promise<ViewInputs | null> {
  const { materials, ...rest } = options;
  const key = `view-inputs|${party}|${rest.euVintage ?? ""}|${rest.productionYear ?? ""}|${rest.wgiYear ?? ""}`;
  const all = await versioned(db, "criticality", key, () => readViewInputs(db, party, rest));
  if (!all || !materials) return all;
  const keep = new Set(materials);
  return {
    ...all,
    materials: all.materials.filter((m) => keep.has(m.material)),
    unavailable: all.unavailable.filter((u) => keep.has(u.material)),
  };
}

async function readViewInputs(
  db: Db,
  party: PartyId,
  options: Omit<ViewOptions, "materials">,
): Promise<ViewInputs | null> {
  const wgi = await loadGlobalWgi(db, options.wgiYear);
  if (!wgi) return null;
  const euVintage = options.euVintage ?? EU_RESULTS_VINTAGE;
  const rows = await euResultRows(db, euVintage);
  const factors = await tradeFactors(db, euVintage);
  const strategic = await strategicMaterialIds(db, EU_STRATEGIC_LIST);
  const source = `${euVintage} (published results)`;
  const pairs = rows.flatMap((r) =>
    (STAGES_BY_CODE[r.stages_assessed ?? ""] ?? []).flatMap((stage) => {
      const t = stageSeries(r.material_id, stage);
      return t.usgsMaterial && t.usgsStage
        ? [{ materialId: t.usgsMaterial, stage: t.usgsStage as Stage }]
        : [];
    }),
  );
  const supply = await supplyRowsMany(db, pairs, options.productionYear);
  // Materials with BACI flows: the others skip the per-material trade lookup.
  const traded = party === "global" ? new Set<string>() : await materialIdsWithFlows(db);
  const materials: MaterialView[] = [];
  const unavailable: ViewInputs["unavailable"] = [];
  for (const r of rows) {
    const stages = STAGES_BY_CODE[r.stages_assessed ?? ""] ?? [];
    const lacks: MissingInput[] = [];
    if (r.economic_importance === null) lacks.push({ input: "economic_importance" });
    if (stages.length === 0) lacks.push({ input: "stages" });
    if (lacks.length > 0) {
      unavailable.push({ material: r.material_id, missing: lacks });
      continue;
    }
    const imports =
      party === "global" || !traded.has(r.material_id)
        ? null
        : await partyImports(db, r.material_id, party);
    // Without EoL-RIR or SI_SR the EU table gives nothing to compute with: published stages.
    const factorsKnown = r.si_sr !== null && r.eol_rir_pct !== null;
    const stageInputs: EuStageInput[] = [];
    const provenance: StageProvenance[] = [];
    for (const stage of stages) {
      const table = stageSeries(r.material_id, stage);
      const series =
        table.usgsMaterial && table.usgsStage
          ? (supply.get(`${table.usgsMaterial}|${table.usgsStage}`) ?? null)
          : null;
      const gs = factors.get(`GS|${r.material_id}|${stage}`);
      const publishedValue = publishedStageSr(r, stage);
      const scope = stage === "extraction" ? r.scope_extraction : r.scope_processing;
      const globalOnly = party === "global" || (party === "france-eu" && scope === "GSonly");
      const sourcing =
        !globalOnly && imports
          ? await partySourcing(db, {
              materialId: r.material_id,
              party,
              stage,
              imports,
              production:
                table.usgsMaterial && table.usgsStage
                  ? { usgsMaterial: table.usgsMaterial, usgsStage: table.usgsStage as Stage }
                  : null,
              eu: r,
              euFactors: factors.get(`EU|${r.material_id}|${stage}`),
            })
          : null;
      // Québec–Canada without flows: world supply alone, said so. France–EU: the EU's own
      // published stage SR (its EU-sourcing term needs the flows).
      const useGlobalOnly = globalOnly || (party === "quebec-canada" && !sourcing);
      const reason = !factorsKnown
        ? PUBLISHED_REASONS.no_factors
        : !series
          ? `${PUBLISHED_REASONS.no_series}: ${table.note}`
          : PUBLISHED_REASONS.party_sourcing;
      const published: PublishedStage | null =
        publishedValue === null ? null : { supplyRisk: publishedValue, source, reason };
      const computable = factorsKnown && series !== null && (useGlobalOnly || sourcing !== null);
      if (!computable && !published) {
        // Neither data nor a published value: named as missing in `stages`, left out of the
        // engine's input so that the other stages still give an SR (never silently).
        provenance.push({ stage, provenance: "missing", reason });
        continue;
      }
      stageInputs.push({
        stage,
        ...(series && factorsKnown && { globalSupply: series.rows }),
        ...(gs && { tradeFactors: gs }),
        ...(useGlobalOnly && party !== "global" && { globalOnlyFor: [party] }),
        ...(sourcing && factorsKnown && { sourcing: { [party]: sourcing } }),
        ...(!computable && published && { published: { [party]: published } }),
      });
      provenance.push(
        computable && series
          ? {
              stage,
              provenance: "computed",
              scope: sourcing ? "global+party" : "global",
              series: {
                year: series.year,
                vintage: series.vintage,
                detail: series.detail,
                unit: series.unit,
                withheld: series.withheld,
                usgsMaterial: table.usgsMaterial as string,
                usgsStage: table.usgsStage as string,
                basis: table.basis,
                note: table.note,
              },
              ...(imports && sourcing && { trade: { year: imports.year, source: imports.source } }),
            }
          : { stage, provenance: "published", published: published as PublishedStage },
      );
    }
    materials.push({
      material: r.material_id,
      stages: provenance,
      input: {
        material: r.material_id,
        economicImportance: Number(r.economic_importance),
        ...(r.eol_rir_pct !== null && { eolRir: Number(r.eol_rir_pct) / 100 }),
        ...(r.si_sr !== null && { siSr: Number(r.si_sr) }),
        stages: stageInputs,
        strategicFor: strategic.has(r.material_id) ? ["france-eu"] : [],
      },
    });
  }
  return { party, wgi, euVintage, materials, unavailable };
}

/** t_c per scope ("GS" or "EU"), material and stage, keyed "scope|material|stage". */
async function tradeFactors(db: Db, vintage: string) {
  const rows = await tradeFactorRows(db, vintage);
  const by = new Map<string, Record<string, number>>();
  for (const t of rows) {
    const key = `${t.scope}|${t.material_id}|${t.stage_id}`;
    by.set(key, { ...by.get(key), [t.country_id]: Number(t.t) });
  }
  return by;
}

/** Material ids assessed on their own for the list: members of a group with its own row left out. */
export async function listMaterialIds(
  db: Db,
  euVintage = EU_RESULTS_VINTAGE,
): Promise<Set<string>> {
  return ungroupedMaterialIds(db, euVintage);
}
