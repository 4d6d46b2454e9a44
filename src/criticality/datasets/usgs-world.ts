import { readCsv } from "./csv.ts";
import { type Importer, type ParseContext, type Parsed, yearInName } from "./importer.ts";
import type { Issue } from "./issues.ts";
import { isEstimated, placeOf, readCell, stageOf, usgsVintage } from "./usgs-common.ts";
import { type StatRow, statTable } from "./usgs-rows.ts";

const COLUMNS = ["SOURCE", "COMMODITY", "COUNTRY", "TYPE", "UNIT_MEAS"];
const MEASURE: Record<string, { measure: StatRow["measure"]; notes: string }> = {
  prod: { measure: "production", notes: "PROD_NOTES" },
  cap: { measure: "capacity", notes: "CAP_NOTES" },
  reserves: { measure: "reserves", notes: "RESERVE_NOTES" },
};

type ValueColumn = {
  name: string;
  measure: StatRow["measure"];
  notes: string;
  year: number;
  est: boolean;
};

/** PROD_2023, "PROD_EST_ 2024", CAP_2023, RESERVES_2024…: whatever years the file has. */
function valueColumns(header: readonly string[]): ValueColumn[] {
  return header.flatMap((name) => {
    const m = /^(prod|cap|reserves)_(est_)?(\d{4})$/.exec(name);
    const kind = m?.[1] ? MEASURE[m[1]] : undefined;
    return m && kind ? [{ name, ...kind, year: Number(m[3]), est: Boolean(m[2]) }] : [];
  });
}

/** Reserves are sometimes in other units than production, said in the notes. */
function reserveUnit(notes: string, unit: string): string {
  const m = /\b(thousand|million)?\s*metric tons\b/i.exec(notes);
  return m ? m[0].toLowerCase().trim() : unit;
}

/**
 * USGS Mineral Commodity Summaries "World Data" (one line per commodity × country × type,
 * production, capacity and reserves side by side). An empty cell is simply absent; a line that
 * yields no value at all is reported.
 */
export function parseUsgsWorld(text: string, ctx: ParseContext): Parsed<StatRow[]> {
  const { header, records } = readCsv(text, ctx.fileName, COLUMNS);
  const columns = valueColumns(header);
  const issues: Issue[] = [];
  const rows: StatRow[] = [];
  const seen = new Map<string, string>();
  let source = "";
  for (const r of records) {
    source ||= r.get("SOURCE");
    const commodity = r.get("COMMODITY").replace(/\s+/g, " ").trim();
    const country = r.get("COUNTRY").replace(/\s+/g, " ").trim();
    const type = r.get("TYPE").replace(/\s+/g, " ").trim();
    const materialId = ctx.ref.material(commodity, type);
    if (!materialId) {
      issues.push({
        line: r.line,
        reason: "unknown_material",
        action: "skipped",
        detail: commodity,
      });
      continue;
    }
    const place = placeOf(country, ctx.ref);
    if (place.kind === "unknown") {
      issues.push({ line: r.line, reason: "unknown_country", action: "skipped", detail: country });
      continue;
    }
    const before = issues.length;
    let stored = 0;
    for (const col of columns) {
      const raw = r.get(col.name);
      const notes = r.get(col.notes);
      const withheld = raw.trim() === "" && /\bW\b/.test(notes);
      if (raw.trim() === "" && !withheld) continue;
      const key = [commodity, country, type, col.measure, col.year].join("|");
      if (seen.get(key) === raw) {
        issues.push({ line: r.line, reason: "duplicate", action: "skipped", detail: key });
        continue;
      }
      seen.set(key, raw);
      const cell = readCell(withheld ? "W" : raw, notes, r.line, issues);
      if (!cell) continue;
      const noteYear = /\b(?:19|20)\d{2}\b/.exec(notes)?.[0];
      const notedEstimate = isEstimated(notes) && (!noteYear || Number(noteYear) === col.year);
      const unit = r.get("UNIT_MEAS").trim();
      rows.push({
        line: r.line,
        measure: col.measure,
        year: col.year,
        materialId,
        stageId: stageOf(col.measure, type, "", materialId),
        countryId: place.kind === "country" ? place.id : null,
        countryInSource: country,
        commodity,
        detail: type,
        isWorldTotal: place.kind === "world",
        isOther: place.kind === "other",
        value: cell.value,
        unit: col.measure === "reserves" ? reserveUnit(notes, unit) : unit,
        qualifier: cell.qualifier,
        estimated: col.est || isEstimated(type) || notedEstimate,
      });
      stored += 1;
    }
    if (stored === 0 && issues.length === before) {
      issues.push({ line: r.line, reason: "not_available", action: "skipped" });
    }
  }
  const year = /MCS\s*(\d{4})/i.exec(source)?.[1];
  const vintage = ctx.vintage ?? usgsVintage(year ? Number(year) : yearInName(ctx.fileName, /mcs/));
  return { vintage, rowsRead: records.length, rows, issues };
}

export const usgsWorldImporter: Importer<StatRow[]> = {
  kind: "usgs-mcs-world",
  parse: parseUsgsWorld,
  tables: (rows) => [statTable(rows)],
};
