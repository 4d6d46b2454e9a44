/**
 * Method constants that come from published sources: dated, cited data, never literals
 * scattered in code. The app may offer other vintages; the engine takes them as options.
 */

export interface CriticalityThresholds {
  /** Supply risk threshold; a material meets it when SR ≥ this value (inclusive). */
  readonly supplyRisk: number;
  /** Economic importance threshold; met when EI ≥ this value (inclusive). */
  readonly economicImportance: number;
  readonly source: string;
  readonly vintage: string;
}

/**
 * EU thresholds (JRC 2017 methodology guidelines, applied in the 2020 and 2023 assessments).
 * Inclusive: coking coal and phosphate rock sit at exactly SR = 1.0 and are on the 2023 list.
 */
export const EU_THRESHOLDS_2023: CriticalityThresholds = {
  supplyRisk: 1.0,
  economicImportance: 2.8,
  source:
    "European Commission, Methodology for establishing the EU list of critical raw materials " +
    "— Guidelines (2017), doi:10.2873/769526; applied in Grohol & Veeh, Study on the Critical " +
    "Raw Materials for the EU 2023, doi:10.2873/725585",
  vintage: "2023",
};

/**
 * Materials on the EU list as strategic raw materials although they do not meet the
 * thresholds: Regulation (EU) 2024/1252 (Critical Raw Materials Act), Annex I section 1 and
 * Annex II (copper; nickel, battery grade).
 */
export const EU_CRMA_2024_STRATEGIC_BELOW_THRESHOLDS = {
  materials: ["Copper", "Nickel"] as readonly string[],
  source: "Regulation (EU) 2024/1252, Annexes I and II",
  vintage: "2024",
} as const;

/**
 * GeoPolRisk midpoint normaliser: the average midpoint (score × price) of copper for OECD
 * countries over 2017–2021, so that CF = midpoint / normaliser is the geopolitical supply risk
 * potential (GSP) in kg Cu-eq/kg. Value as hard-coded in geopolrisk-py 2.0.0
 * (src/geopolrisk/assessment/core.py, `CF_Cu`) and used in its reference test case.
 */
export const GEOPOLRISK_COPPER_MIDPOINT = {
  value: 0.409412948,
  source:
    "geopolrisk-py 2.0.0 (Koyamparambath et al., JOSS 11(118) 9600, 2026), core.py CF_Cu: " +
    "average copper CF for OECD countries, 2017–2021",
} as const;

/** Weight given to an exporter whose political-stability score is missing (geopolrisk-py). */
export const GEOPOLRISK_MISSING_STABILITY = 0.5;

/** WGI estimates run from about −2.5 to 2.5 (World Bank, Worldwide Governance Indicators). */
export const WGI_ESTIMATE_BOUND = 2.5;
