/** EU-method assessment of one material from one party's view. */
import { type Classification, classify } from "./classification.ts";
import { type CompiledEu, compileEu, scopeHhiWgiT, stageSr } from "./eu-compile.ts";
import type { EuMaterialInput } from "./eu-inputs.ts";
import type { CriticalityThresholds } from "./reference-values.ts";
import type { CountryId, MissingInputs, PartyId, Stage } from "./types.ts";
import type { WgiIndex } from "./wgi-index.ts";

export interface EuStageResult {
  readonly stage: Stage;
  /** "computed" from supply data, or "published" (the stage's published SR stands in). */
  readonly provenance: "computed" | "published";
  /** For a published stage: its source and why it is not computed. */
  readonly published?: { readonly source: string; readonly reason: string };
  /**
   * Plain production HHI (fraction) of global supply, residual split (lower bound, see
   * residual.ts); null without global-supply data.
   */
  readonly productionHhi: number | null;
  /** The same with "Other countries" as one producer (upper bound). */
  readonly productionHhiUpper: number | null;
  /** Share of global supply in "Other countries"; null without global-supply data. */
  readonly residualShare: number | null;
  readonly hhiWgiTGlobal: number | null;
  readonly hhiWgiTParty: number | null;
  /** Fraction 0–1; null when only one scope was used. */
  readonly importReliance: number | null;
  readonly supplyRisk: number;
  readonly includesOtherCountries: boolean;
}

export interface EuResult {
  readonly status: "ok";
  readonly method: "eu";
  readonly material: string;
  readonly party: PartyId;
  /** "computed" from HHI inputs, or "published" (the party's published SR, inputs absent). */
  readonly source: "computed" | "published";
  readonly supplyRisk: number;
  readonly bottleneckStage: Stage | null;
  readonly economicImportance: number;
  readonly stages: readonly EuStageResult[];
  /** A stage's residual exceeds half of supply: flagged, never ranked critical. */
  readonly insufficientData: boolean;
  readonly classification: Classification;
  readonly inputs: {
    readonly material: EuMaterialInput;
    readonly wgiFallbackFor: readonly CountryId[];
    readonly publishedSource?: string;
  };
}

export type EuOutcome =
  | EuResult
  | (MissingInputs & { method: "eu"; material: string; party: PartyId });

/** Evaluates a compiled material: stage results and the bottleneck. */
export function evaluateCompiledEu(c: CompiledEu, wgi: Float64Array): EuStageResult[] {
  return c.stages.map((s) => {
    const g = s.global ? scopeHhiWgiT(s.global, wgi) : null;
    const p = s.party ? scopeHhiWgiT(s.party, wgi) : null;
    return {
      stage: s.stage,
      provenance: s.published ? "published" : "computed",
      ...(s.published && {
        published: { source: s.published.source, reason: s.published.reason },
      }),
      productionHhi: s.global ? s.global.hhi : null,
      productionHhiUpper: s.global ? s.global.hhiUpper : null,
      residualShare: s.global ? s.global.residualShare : null,
      hhiWgiTGlobal: g,
      hhiWgiTParty: p,
      importReliance: g !== null && p !== null ? s.importReliance : null,
      supplyRisk: stageSr(s, g, p, c.eolRir, c.siSr),
      includesOtherCountries:
        (s.global?.includesOtherCountries ?? false) || (s.party?.includesOtherCountries ?? false),
    };
  });
}

/** Highest stage SR (the first stage on ties). */
function pickBottleneck(stages: readonly EuStageResult[]): EuStageResult {
  let best = stages[0] as EuStageResult;
  for (const s of stages) if (s.supplyRisk > best.supplyRisk) best = s;
  return best;
}

/** Result of an already compiled material (used by assessments and scenarios). */
export function euResultFromCompiled(
  c: CompiledEu,
  wgi: WgiIndex,
  thresholds: CriticalityThresholds,
): EuResult {
  const stages = evaluateCompiledEu(c, wgi.scaled);
  const top = pickBottleneck(stages);
  const classification = classify(
    top.supplyRisk,
    c.economicImportance,
    thresholds,
    c.strategic && !c.insufficientData,
  );
  return {
    status: "ok",
    method: "eu",
    material: c.input.material,
    party: c.party,
    source: stages.every((s) => s.provenance === "published") ? "published" : "computed",
    supplyRisk: top.supplyRisk,
    bottleneckStage: top.stage,
    economicImportance: c.economicImportance,
    stages,
    insufficientData: c.insufficientData,
    classification: c.insufficientData
      ? { ...classification, critical: false, basis: null }
      : classification,
    inputs: { material: c.input, wgiFallbackFor: c.wgiFallbackFor },
  };
}

/**
 * EU-method result for `party`: computed when the HHI inputs exist for every stage, otherwise
 * the party's published SR if given, otherwise a `missing_inputs` result naming what is absent.
 */
export function assessEu(
  input: EuMaterialInput,
  party: PartyId,
  wgi: WgiIndex,
  thresholds: CriticalityThresholds,
): EuOutcome {
  const compiled = compileEu(input, party, wgi);
  if (!("missing" in compiled)) return euResultFromCompiled(compiled, wgi, thresholds);
  const published = input.published?.[party];
  if (!published) {
    return {
      status: "missing_inputs",
      method: "eu",
      material: input.material,
      party,
      missing: compiled.missing,
    };
  }
  const ei = input.economicImportanceByParty?.[party] ?? input.economicImportance;
  const strategic = input.strategicFor?.includes(party) ?? false;
  const stageSrs = published.stageSupplyRisk ?? {};
  return {
    status: "ok",
    method: "eu",
    material: input.material,
    party,
    source: "published",
    supplyRisk: published.supplyRisk,
    bottleneckStage: published.stage ?? null,
    economicImportance: ei,
    stages: Object.entries(stageSrs).map(([stage, sr]) => ({
      stage: stage as Stage,
      provenance: "published" as const,
      published: { source: published.source, reason: "published" },
      productionHhi: null,
      productionHhiUpper: null,
      residualShare: null,
      hhiWgiTGlobal: null,
      hhiWgiTParty: null,
      importReliance: null,
      supplyRisk: sr as number,
      includesOtherCountries: false,
    })),
    insufficientData: false,
    classification: classify(published.supplyRisk, ei, thresholds, strategic),
    inputs: { material: input, wgiFallbackFor: [], publishedSource: published.source },
  };
}
