import { parse } from "csv-parse/sync";
import type { ImportRow, SupplyRow } from "../engine/index.ts";

/**
 * Readers for the file formats of the geopolrisk-py reference case (data/geopolrisk-py/
 * testcase_*.csv), so that anyone can run Alliage's GeoPolRisk on the same inputs as the
 * reference implementation and compare.
 */

type Record_ = Record<string, string>;

export class CaseFileError extends Error {
  constructor(
    readonly file: string,
    readonly reason: { fr: string; en: string },
  ) {
    super(`${file}: ${reason.en}`);
  }
}

function records(text: string, file: string, required: readonly string[]): Record_[] {
  let rows: Record_[];
  try {
    rows = parse(text, { columns: true, bom: true, skip_empty_lines: true, trim: true });
  } catch (error) {
    throw new CaseFileError(file, {
      fr: `CSV illisible (${(error as Error).message})`,
      en: `unreadable CSV (${(error as Error).message})`,
    });
  }
  const missing = required.filter((c) => rows.length > 0 && !(c in (rows[0] as Record_)));
  if (rows.length === 0 || missing.length > 0) {
    throw new CaseFileError(file, {
      fr: `colonnes attendues\u00a0: ${required.join(", ")}`,
      en: `expected columns: ${required.join(", ")}`,
    });
  }
  return rows;
}

const number = (value: string | undefined) => (value && value !== "NA" ? Number(value) : undefined);

/** World production of one material (rows by country, a final "Total" row), one year. */
export function readProduction(text: string, file: string, year: number) {
  const rows = records(text, file, ["Country", "Country_Code", "Country_ISO", String(year)]);
  const supply: SupplyRow[] = rows.map((r) => {
    const total = r.Country_Code === "DELETE" || r.Country?.toLowerCase() === "total";
    return {
      country: r.Country_Code as string,
      quantity: number(r[String(year)]) ?? 0,
      kind: total ? "total" : "country",
    };
  });
  const isoToCode = new Map(rows.map((r) => [r.Country_ISO as string, r.Country_Code as string]));
  return { supply, isoToCode };
}

/** Normalised political stability (0–1) of each country, by ISO numeric code, for one year. */
export function readStability(text: string, file: string, year: number): Map<string, number> {
  const rows = records(text, file, ["country_code", String(year)]);
  const out = new Map<string, number>();
  for (const r of rows) {
    const value = number(r[String(year)]);
    if (value !== undefined && Number.isFinite(value)) out.set(r.country_code as string, value);
  }
  return out;
}

/** Imports of one material into one economy in one year, weighted by the exporters' stability. */
export function readImports(
  text: string,
  file: string,
  q: { year: number; importer: string; material: string; stability: Map<string, number> },
): ImportRow[] {
  const rows = records(text, file, [
    "Year",
    "Exporting Country",
    "Importing Country",
    "rawMaterial",
    "Trade Value (1000 USD)",
    "Quantity (mTonnes)",
  ]);
  return rows
    .filter(
      (r) =>
        Number(r.Year) === q.year &&
        r["Importing Country"] === q.importer &&
        r.rawMaterial?.toLowerCase() === q.material.toLowerCase(),
    )
    .map((r) => ({
      partner: r["Exporting Country"] as string,
      quantity: number(r["Quantity (mTonnes)"]) ?? 0,
      value: number(r["Trade Value (1000 USD)"]) ?? 0,
      stability: q.stability.get(r["Exporting Country"] as string),
    }));
}
