/**
 * Criticality engine — pure TypeScript, no I/O, no global state, no dependencies.
 *
 * Concentration: hhi(quantities) → HHI as a fraction; productionConcentration(material, stage,
 *   year, rows) → HHI, shares, "Other countries" flag, over country rows (totals excluded).
 * WGI: wgiScaled(estimates) → 0–10 (EU method); wgiScaledStdDev(stdErrors); politicalStability
 *   Weight(pv) → 0–1 (GeoPolRisk); buildWgiIndex(table, {fallback}) → index used below.
 * EU method: hhiWgiT(shares, wgi, t), blendScopes, stageSupplyRisk, bottleneck (formulas);
 *   assessEu(material, party, wgiIndex, thresholds) → EuResult | missing_inputs;
 *   classify(sr, ei, thresholds, strategic) → critical + basis (inclusive thresholds).
 * GeoPolRisk: geoPolRiskFromAggregates(aggregates, {normaliser}) and aggregateImports(rows)
 *   → {hhi, numerator, totalTrade, importRisk, score, price, midpoint, cf};
 *   assessGeoPolRisk(material, party) → GeoPolRiskResult | missing_inputs.
 * assess(dataset) → every material × party × method of one vintage (errors as outcomes).
 * runScenario({material, party, changes}, {materials, wgi, thresholds}) → before/after and
 *   deltas of production HHI, SR and criticality (changes: supply_cut, export_restriction,
 *   new_supply), or missing_inputs.
 * monteCarlo({materials, party, wgi, thresholds, draws, seed}) → p5/p50/p95, P(critical).
 * createRng(seed) → seeded uniforms and normals (mulberry32 + ziggurat).
 * Errors: EngineError (code, details) and its subclasses; requireParty(string) checks a party id.
 * Cited constants: EU_THRESHOLDS_2023, EU_CRMA_2024_STRATEGIC_BELOW_THRESHOLDS,
 *   GEOPOLRISK_COPPER_MIDPOINT (default GeoPolRisk normaliser 0.409412948).
 */
export {
  type AssessmentDataset,
  assess,
  type ErrorOutcome,
  type MaterialAssessment,
} from "./assessment.ts";
export {
  type Classification,
  type CriticalityBasis,
  classify,
  meetsThreshold,
} from "./classification.ts";
export {
  EngineError,
  type EngineErrorCode,
  type ErrorDetails,
  InvalidInputError,
  MissingInputError,
  UnknownEntityError,
} from "./errors.ts";
export { assessEu, type EuOutcome, type EuResult, type EuStageResult } from "./eu-assessment.ts";
export type {
  EuMaterialInput,
  EuPartySourcing,
  EuStageInput,
  PublishedStage,
  PublishedSupplyRisk,
} from "./eu-inputs.ts";
export {
  blendScopes,
  bottleneck,
  hhiWgiT,
  type StageSupplyRiskInput,
  stageSupplyRisk,
} from "./eu-supply-risk.ts";
export {
  aggregateImports,
  type GeoPolRiskAggregates,
  type GeoPolRiskOptions,
  type GeoPolRiskValues,
  geoPolRiskFromAggregates,
  type ImportAggregates,
  type ImportRow,
} from "./geopolrisk.ts";
export {
  assessGeoPolRisk,
  domesticProduction,
  type GeoPolRiskMaterialInput,
  type GeoPolRiskOutcome,
  type GeoPolRiskPartyInput,
  type GeoPolRiskResult,
} from "./geopolrisk-assessment.ts";
export {
  hhi,
  type ProducerShare,
  type ProductionConcentration,
  productionConcentration,
} from "./hhi.ts";
export {
  type MonteCarloInput,
  type MonteCarloMaterialResult,
  type MonteCarloResult,
  monteCarlo,
} from "./monte-carlo.ts";
export { createRng, type Rng } from "./prng.ts";
export {
  type CriticalityThresholds,
  EU_CRMA_2024_STRATEGIC_BELOW_THRESHOLDS,
  EU_THRESHOLDS_2023,
  GEOPOLRISK_COPPER_MIDPOINT,
  GEOPOLRISK_MISSING_STABILITY,
} from "./reference-values.ts";
export { INSUFFICIENT_RESIDUAL_SHARE, splitResidual } from "./residual.ts";
export {
  type Change,
  runScenario,
  type Scenario,
  type ScenarioContext,
  type ScenarioOutcome,
  type ScenarioResult,
  type ScenarioStageDelta,
} from "./scenario.ts";
export type { ScenarioChange } from "./scenario-apply.ts";
export {
  type CountryId,
  type MissingInput,
  type MissingInputs,
  PARTIES,
  type PartyId,
  type PartySourcing,
  requireParty,
  STAGES,
  type Stage,
  type SupplyRow,
} from "./types.ts";
export {
  politicalStabilityWeight,
  WGI_INDICATORS,
  type WgiEntry,
  type WgiIndicator,
  type WgiTable,
  type WgiValues,
  wgiScaled,
  wgiScaledStdDev,
} from "./wgi.ts";
export { buildWgiIndex, type WgiIndex, type WgiIndexOptions } from "./wgi-index.ts";
