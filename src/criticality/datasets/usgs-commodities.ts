import { readCsv } from "./csv.ts";
import { type Importer, type ParseContext, type Parsed, yearInName } from "./importer.ts";
import type { Issue } from "./issues.ts";
import { isEstimated, placeOf, readCell, stageOf, usgsVintage, yearsOf } from "./usgs-common.ts";
import {
  type ImportSourceRow,
  importSourcesTable,
  type NirRow,
  nirTable,
  type StatRow,
  statTable,
} from "./usgs-rows.ts";

export type CommoditiesRows = { stats: StatRow[]; nir: NirRow[]; importSources: ImportSourceRow[] };

const COLUMNS = [
  "Section",
  "Commodity",
  "Country",
  "Statistics",
  "Statistics_detail",
  "Unit",
  "Year",
  "Value",
  "Notes",
];
const MEASURES: Record<string, StatRow["measure"]> = {
  production: "production",
  capacity: "capacity",
  reserves: "reserves",
};

/**
 * USGS Mineral Commodity Summaries "Commodities Data" (long format, one value per line):
 * world production, capacity and reserves by country, US net import reliance and US import
 * sources. Other salient statistics (prices, employment…) are not kept: out_of_scope.
 */
export function parseUsgsCommodities(text: string, ctx: ParseContext): Parsed<CommoditiesRows> {
  const { records } = readCsv(text, ctx.fileName, COLUMNS);
  const issues: Issue[] = [];
  const rows: CommoditiesRows = { stats: [], nir: [], importSources: [] };
  const seen = new Map<string, string>();
  for (const r of records) {
    const section = r.get("Section").trim();
    const statistic = r.get("Statistics").trim();
    const commodity = r.get("Commodity").trim();
    const detail = r.get("Statistics_detail").replace(/\s+/g, " ").trim();
    const country = r.get("Country").trim();
    const notes = r.get("Notes");
    const isImportSources = /^import sources/i.test(section) || /^import sources/i.test(statistic);
    const isNir = /^net import reliance/i.test(statistic);
    const measure = /^world/i.test(section) ? MEASURES[statistic.toLowerCase()] : undefined;
    if (!isImportSources && !isNir && !measure) {
      issues.push({ line: r.line, reason: "out_of_scope", action: "skipped", detail: section });
      continue;
    }
    const materialId = ctx.ref.material(commodity, detail);
    if (!materialId) {
      issues.push({
        line: r.line,
        reason: "unknown_material",
        action: "skipped",
        detail: commodity,
      });
      continue;
    }
    const years = yearsOf(r.get("Year"));
    if (!years) {
      issues.push({ line: r.line, reason: "bad_number", action: "skipped", detail: r.get("Year") });
      continue;
    }
    const place = placeOf(country, ctx.ref);
    if (place.kind === "unknown" || (place.kind === "world" && isImportSources)) {
      issues.push({ line: r.line, reason: "unknown_country", action: "skipped", detail: country });
      continue;
    }
    // The same description twice with another value is a distinction the file lost (mica's
    // sheet and scrap net import reliance): both are kept, flagged.
    const key = [section, commodity, country, statistic, detail, r.get("Year")].join("|");
    const value = r.get("Value").trim();
    const before = seen.get(key);
    if (before === value) {
      issues.push({ line: r.line, reason: "duplicate", action: "skipped", detail: key });
      continue;
    }
    if (before !== undefined) {
      issues.push({
        line: r.line,
        reason: "ambiguous_row",
        action: "flagged",
        detail: `${commodity} ${statistic} ${r.get("Year")}`,
      });
    }
    seen.set(key, value);
    const cell = readCell(r.get("Value"), notes, r.line, issues);
    if (!cell) continue;
    const estimated = isEstimated(notes);
    if (isImportSources) {
      rows.importSources.push({
        line: r.line,
        materialId,
        commodity,
        detail,
        countryId: place.kind === "country" ? place.id : null,
        countryInSource: country,
        isOther: place.kind === "other",
        period: years,
        share: cell.value,
        qualifier: cell.qualifier,
      });
    } else if (isNir) {
      const { value, qualifier } = cell;
      rows.nir.push({
        line: r.line,
        materialId,
        commodity,
        detail,
        year: years[1],
        value,
        qualifier,
        estimated,
      });
    } else if (measure) {
      rows.stats.push({
        line: r.line,
        measure,
        year: years[1],
        materialId,
        stageId: stageOf(measure, detail, section, materialId),
        countryId: place.kind === "country" ? place.id : null,
        countryInSource: country,
        commodity,
        detail,
        isWorldTotal: place.kind === "world",
        isOther: place.kind === "other",
        value: cell.value,
        unit: r.get("Unit").trim(),
        qualifier: cell.qualifier,
        estimated,
      });
    }
  }
  const vintage = ctx.vintage ?? usgsVintage(yearInName(ctx.fileName, /mcs/));
  return { vintage, rowsRead: records.length, rows, issues };
}

export const usgsCommoditiesImporter: Importer<CommoditiesRows> = {
  kind: "usgs-mcs-commodities",
  parse: parseUsgsCommodities,
  tables: (rows) => [
    statTable(rows.stats),
    nirTable(rows.nir),
    importSourcesTable(rows.importSources),
  ],
};
