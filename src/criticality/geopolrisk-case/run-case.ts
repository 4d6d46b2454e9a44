import fs from "node:fs";
import {
  aggregateImports,
  domesticProduction,
  type GeoPolRiskValues,
  geoPolRiskFromAggregates,
  productionConcentration,
} from "../engine/index.ts";
import { CaseFileError, readImports, readProduction, readStability } from "./read-case.ts";

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
  const importer = /^\d+$/.test(q.importer) ? q.importer : isoToCode.get(q.importer.toUpperCase());
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
