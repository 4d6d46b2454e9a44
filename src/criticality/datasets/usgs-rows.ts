import type { StageId } from "../reference/stages.ts";
import type { TableRows } from "./importer.ts";
import type { Qualifier } from "./values.ts";

/** A USGS world-table value: production, capacity or reserves of one country (or aggregate). */
export type StatRow = {
  line: number;
  measure: "production" | "capacity" | "reserves";
  year: number;
  materialId: string;
  stageId: StageId;
  countryId: string | null;
  countryInSource: string;
  commodity: string;
  detail: string;
  isWorldTotal: boolean;
  isOther: boolean;
  value: number | null;
  unit: string;
  qualifier: Qualifier | null;
  estimated: boolean;
};

export function statTable(stats: readonly StatRow[]): TableRows {
  return {
    table: "country_statistics",
    columns: [
      "source_line",
      "measure",
      "year",
      "material_id",
      "stage_id",
      "country_id",
      "country_in_source",
      "commodity_in_source",
      "detail",
      "is_world_total",
      "is_other_countries",
      "value",
      "unit",
      "qualifier",
      "estimated",
    ],
    rows: stats.map((s) => [
      s.line,
      s.measure,
      s.year,
      s.materialId,
      s.stageId,
      s.countryId,
      s.countryInSource,
      s.commodity,
      s.detail,
      s.isWorldTotal,
      s.isOther,
      s.value,
      s.unit,
      s.qualifier,
      s.estimated,
    ]),
  };
}

/** US net import reliance, one value per commodity × year. */
export type NirRow = {
  line: number;
  materialId: string;
  commodity: string;
  detail: string;
  year: number;
  value: number | null;
  qualifier: Qualifier | null;
  estimated: boolean;
};

/** A country's share of US imports of a commodity over a period. */
export type ImportSourceRow = {
  line: number;
  materialId: string;
  commodity: string;
  detail: string;
  countryId: string | null;
  countryInSource: string;
  isOther: boolean;
  period: [number, number];
  share: number | null;
  qualifier: Qualifier | null;
};

export function nirTable(nir: readonly NirRow[]): TableRows {
  return {
    table: "us_net_import_reliance",
    columns: [
      "source_line",
      "material_id",
      "commodity_in_source",
      "detail",
      "year",
      "value_pct",
      "qualifier",
      "estimated",
    ],
    rows: nir.map((n) => [
      n.line,
      n.materialId,
      n.commodity,
      n.detail,
      n.year,
      n.value,
      n.qualifier,
      n.estimated,
    ]),
  };
}

export function importSourcesTable(sources: readonly ImportSourceRow[]): TableRows {
  return {
    table: "us_import_sources",
    columns: [
      "source_line",
      "material_id",
      "commodity_in_source",
      "detail",
      "country_id",
      "country_in_source",
      "is_other_countries",
      "period_start",
      "period_end",
      "share_pct",
      "qualifier",
    ],
    rows: sources.map((s) => [
      s.line,
      s.materialId,
      s.commodity,
      s.detail,
      s.countryId,
      s.countryInSource,
      s.isOther,
      s.period[0],
      s.period[1],
      s.share,
      s.qualifier,
    ]),
  };
}
