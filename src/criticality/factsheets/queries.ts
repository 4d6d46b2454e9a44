/** Everything the factsheet of one material shows, read from the imported datasets. */
import type { Db } from "../../platform/db/client.ts";
import {
  politicalStabilityWeight,
  productionConcentration,
  type Stage,
  type WgiValues,
  wgiScaled,
} from "../engine/index.ts";
import { supplyRows } from "../loaders/supply.ts";
import { loadFactsheetGroups, loadFactsheetViews } from "../material-views/queries.ts";
import { listLabel } from "../web-kit/messages.ts";
import type { Bilingual } from "../web-kit/queries.ts";
import type { FactsheetOutput, FactsheetProduction } from "./schema.ts";

export const FACTSHEET_STAGES = ["extraction", "processing"] as const satisfies readonly Stage[];
export type FactsheetStage = (typeof FACTSHEET_STAGES)[number];

/** Main producers whose governance is shown: the largest at each stage. */
const MAIN_PRODUCERS = 5;
const OTHER_COUNTRIES: Bilingual = { fr: "Autres pays", en: "Other countries" };

type DatasetRow = {
  id: string;
  kind: string;
  vintage: string;
  file_name: string;
  imported_at: Date | string;
};

/** The factsheet, or undefined when no material has that id. */
export async function loadFactsheet(db: Db, id: string): Promise<FactsheetOutput | undefined> {
  const materials = await db.query<{
    id: string;
    name_fr: string;
    name_en: string;
    symbol: string | null;
    family: FactsheetOutput["family"];
    is_group: boolean;
  }>("SELECT id, name_fr, name_en, symbol, family, is_group FROM materials WHERE id = $1", [id]);
  const m = materials[0];
  if (!m) return undefined;

  const datasets = await db.query<DatasetRow>(
    "SELECT id, kind, vintage, file_name, imported_at FROM datasets ORDER BY imported_at DESC",
  );
  const used = new Map<string, DatasetRow>();
  const use = (d: DatasetRow | undefined) => {
    if (d) used.set(d.id, d);
  };
  const countries = new Map(
    (
      await db.query<{ id: string; name_fr: string; name_en: string }>(
        "SELECT id, name_fr, name_en FROM countries",
      )
    ).map((c) => [c.id, { fr: c.name_fr, en: c.name_en }]),
  );
  const countryName = (code: string): Bilingual => countries.get(code) ?? { fr: code, en: code };

  // Production: every year with data, each from the latest vintage holding it (as supplyRows).
  const years = await db.query<{ stage_id: FactsheetStage; year: number }>(
    `SELECT DISTINCT stage_id, year FROM country_statistics
      WHERE material_id = $1 AND measure = 'production' AND stage_id = ANY($2)
        AND value IS NOT NULL AND NOT is_world_total
      ORDER BY stage_id, year`,
    [id, FACTSHEET_STAGES],
  );
  const stageLabels = new Map(
    (
      await db.query<{ id: string; label_fr: string; label_en: string }>(
        "SELECT id, label_fr, label_en FROM stages",
      )
    ).map((s) => [s.id, { fr: s.label_fr, en: s.label_en }]),
  );
  const production: FactsheetProduction[] = [];
  const hhiTrend: FactsheetOutput["hhiTrend"] = [];
  for (const stage of FACTSHEET_STAGES) {
    let latest: FactsheetProduction | undefined;
    for (const { year } of years.filter((y) => y.stage_id === stage)) {
      const series = await supplyRows(db, id, stage, Number(year));
      if (!series) continue;
      let c: ReturnType<typeof productionConcentration>;
      try {
        c = productionConcentration(id, stage, series.year, series.rows);
      } catch {
        continue; // zero total: no concentration to show
      }
      use(datasets.find((d) => d.kind.startsWith("usgs-mcs") && d.vintage === series.vintage));
      hhiTrend.push({
        stage,
        year: series.year,
        vintage: series.vintage,
        hhi: c.hhi,
        includesOtherCountries: c.includesOtherCountries,
      });
      latest = {
        stage,
        label: stageLabels.get(stage) ?? { fr: stage, en: stage },
        year: series.year,
        vintage: series.vintage,
        detail: series.detail,
        unit: series.unit,
        total: c.total,
        hhi: c.hhi,
        includesOtherCountries: c.includesOtherCountries,
        producers: [...c.shares]
          .sort(
            (a, b) => Number(a.isOtherCountries) - Number(b.isOtherCountries) || b.share - a.share,
          )
          .map((s) => ({
            country: s.isOtherCountries ? null : s.country,
            name: s.isOtherCountries ? OTHER_COUNTRIES : countryName(s.country),
            quantity: s.quantity,
            share: s.share,
            isOtherCountries: s.isOtherCountries,
          })),
        withheld: series.withheld.map((w) => ({ country: w, name: countryName(w) })),
      };
    }
    if (latest) production.push(latest);
  }

  return {
    id: m.id,
    name: { fr: m.name_fr, en: m.name_en },
    symbol: m.symbol,
    family: m.family,
    isGroup: m.is_group,
    production,
    hhiTrend,
    governance: await governance(db, production, datasets, use, countryName),
    eu: await euValues(db, id, datasets, use, stageLabels),
    views: await loadFactsheetViews(db, id),
    groups: await loadFactsheetGroups(db, id),
    recycling: await recycling(db, id, datasets, use),
    lists: await lists(db, id, datasets, use),
    sources: [...used.values()]
      .sort((a, b) => a.kind.localeCompare(b.kind) || a.vintage.localeCompare(b.vintage))
      .map((d) => ({
        kind: d.kind,
        vintage: d.vintage,
        fileName: d.file_name,
        importedAt: new Date(d.imported_at).toISOString(),
      })),
  };
}

async function governance(
  db: Db,
  production: readonly FactsheetProduction[],
  datasets: readonly DatasetRow[],
  use: (d: DatasetRow | undefined) => void,
  countryName: (code: string) => Bilingual,
): Promise<FactsheetOutput["governance"]> {
  const stagesOf = new Map<string, FactsheetStage[]>();
  for (const p of production) {
    for (const s of p.producers.filter((x) => x.country !== null).slice(0, MAIN_PRODUCERS)) {
      const code = s.country as string;
      stagesOf.set(code, [...(stagesOf.get(code) ?? []), p.stage as FactsheetStage]);
    }
  }
  const wgi = datasets.find((d) => d.kind === "wgi");
  if (!wgi || stagesOf.size === 0) return null;
  const latest = await db.query<{ year: number | null }>(
    "SELECT max(year) AS year FROM wgi_scores WHERE dataset_id = $1",
    [wgi.id],
  );
  const year = latest[0]?.year;
  if (year === null || year === undefined) return null;
  const scores = await db.query<{ country_id: string; indicator: string; estimate: number }>(
    `SELECT country_id, indicator, estimate FROM wgi_scores
      WHERE dataset_id = $1 AND year = $2 AND country_id = ANY($3)`,
    [wgi.id, year, [...stagesOf.keys()]],
  );
  use(wgi);
  return {
    year: Number(year),
    vintage: wgi.vintage,
    countries: [...stagesOf].map(([country, stages]) => {
      const estimates: Record<string, number> = {};
      for (const s of scores.filter((x) => x.country_id === country)) {
        estimates[s.indicator.toLowerCase()] = Number(s.estimate);
      }
      let scaled: number | null = null;
      try {
        scaled = wgiScaled(estimates as WgiValues, country);
      } catch {
        scaled = null; // an indicator is missing for that country and year
      }
      const pv = estimates.pv ?? null;
      return {
        country,
        name: countryName(country),
        stages,
        wgiScaled: scaled,
        politicalStability: pv,
        politicalStabilityWeight: pv === null ? null : politicalStabilityWeight(pv),
      };
    }),
  };
}

async function euValues(
  db: Db,
  id: string,
  datasets: readonly DatasetRow[],
  use: (d: DatasetRow | undefined) => void,
  stageLabels: ReadonlyMap<string, Bilingual>,
): Promise<FactsheetOutput["eu"]> {
  const d = datasets.find((x) => x.kind === "eu-crm-results");
  if (!d) return null;
  const rows = await db.query<{
    supply_risk: number | null;
    economic_importance: number | null;
    si_ei: number | null;
    si_sr: number | null;
    eol_rir_pct: number | null;
    ir_extraction_pct: number | null;
    ir_processing_pct: number | null;
    sr_stage_id: string | null;
    sr_extraction: number | null;
    sr_processing: number | null;
  }>(
    `SELECT supply_risk, economic_importance, si_ei, si_sr, eol_rir_pct, ir_extraction_pct,
            ir_processing_pct, sr_stage_id, sr_extraction, sr_processing
       FROM eu_assessment_results WHERE dataset_id = $1 AND material_id = $2`,
    [d.id, id],
  );
  const r = rows[0];
  if (!r) return null;
  use(d);
  const num = (v: number | null) => (v === null ? null : Number(v));
  return {
    vintage: d.vintage,
    supplyRisk: num(r.supply_risk),
    economicImportance: num(r.economic_importance),
    siEi: num(r.si_ei),
    siSr: num(r.si_sr),
    eolRirPct: num(r.eol_rir_pct),
    importRelianceExtractionPct: num(r.ir_extraction_pct),
    importRelianceProcessingPct: num(r.ir_processing_pct),
    bottleneck: r.sr_stage_id
      ? {
          stage: r.sr_stage_id,
          label: stageLabels.get(r.sr_stage_id) ?? { fr: r.sr_stage_id, en: r.sr_stage_id },
        }
      : null,
    srExtraction: num(r.sr_extraction),
    srProcessing: num(r.sr_processing),
  };
}

async function recycling(
  db: Db,
  id: string,
  datasets: readonly DatasetRow[],
  use: (d: DatasetRow | undefined) => void,
): Promise<FactsheetOutput["recycling"]> {
  const rows = await db.query<{
    dataset_id: string;
    stage_id: string | null;
    eol_rir: number | null;
  }>(
    `SELECT dataset_id, stage_id, eol_rir FROM material_hs_codes
      WHERE material_id = $1 ORDER BY source_line`,
    [id],
  );
  return rows.map((r) => {
    const d = datasets.find((x) => x.id === r.dataset_id);
    use(d);
    return {
      stage: r.stage_id,
      eolRir: r.eol_rir === null ? null : Number(r.eol_rir),
      vintage: d?.vintage ?? "",
    };
  });
}

async function lists(
  db: Db,
  id: string,
  datasets: readonly DatasetRow[],
  use: (d: DatasetRow | undefined) => void,
): Promise<FactsheetOutput["lists"]> {
  const rows = await db.query<{
    list_id: string;
    dataset_id: string;
    category: string | null;
    strategic: boolean | null;
  }>(
    `SELECT o.list_id, l.dataset_id, o.category, o.strategic
       FROM official_list_members o JOIN official_lists l ON l.id = o.list_id
      WHERE o.material_id = $1
      ORDER BY CASE l.jurisdiction WHEN 'qc' THEN 0 WHEN 'eu' THEN 1 ELSE 2 END, l.edition, l.id`,
    [id],
  );
  return rows.map((r) => {
    use(datasets.find((x) => x.id === r.dataset_id));
    return {
      id: r.list_id,
      name: { fr: listLabel("fr", r.list_id), en: listLabel("en", r.list_id) },
      category: r.category,
      strategic: r.strategic,
    };
  });
}
