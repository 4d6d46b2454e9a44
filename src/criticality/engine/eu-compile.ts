/**
 * Compiles one material's EU-method inputs for one party's view into flat typed arrays, and
 * evaluates SR on them. Assessments, scenarios and the Monte Carlo all use this one kernel, so
 * a Monte Carlo with zero uncertainty gives exactly the deterministic SR.
 */
import { InvalidInputError, requireInRange } from "./errors.ts";
import type { EuMaterialInput, EuStageInput, PublishedStage } from "./eu-inputs.ts";
import { INSUFFICIENT_RESIDUAL_SHARE, splitResidual } from "./residual.ts";
import {
  type CountryId,
  type MissingInput,
  type PartyId,
  requireParty,
  type Stage,
  type SupplyRow,
} from "./types.ts";
import type { WgiIndex } from "./wgi-index.ts";

export interface CompiledScope {
  /** The rows used (world-total rows dropped). */
  readonly rows: readonly SupplyRow[];
  /** WGI slot per row (the index's fallback slot for countries without WGI). */
  readonly slot: readonly number[];
  readonly quantity: readonly number[];
  readonly relativeStdError: readonly number[];
  readonly t: readonly number[];
  /** True when a row has a relativeStdError > 0 (the Monte Carlo perturbs it). */
  readonly uncertain: boolean;
  readonly includesOtherCountries: boolean;
  /** Share of the scope's supply in "Other countries" rows (0 without one). */
  readonly residualShare: number;
  /**
   * Plain production HHI of the scope (Σ q² / (Σ q)²), the residual split into producers no
   * larger than the smallest named one (see residual.ts): the lower bound.
   */
  readonly hhi: number;
  /** The same with the residual counted as one producer: the upper bound. */
  readonly hhiUpper: number;
}

export interface CompiledStage {
  readonly stage: Stage;
  readonly global: CompiledScope | null;
  readonly party: CompiledScope | null;
  readonly importReliance: number;
  /** The published SR standing in for this stage (global and party then null). */
  readonly published: PublishedStage | null;
}

export interface CompiledEu {
  readonly input: EuMaterialInput;
  readonly party: PartyId;
  readonly stages: readonly CompiledStage[];
  readonly eolRir: number;
  readonly siSr: number;
  readonly economicImportance: number;
  readonly strategic: boolean;
  /** Countries whose WGI was taken from the index's fallback value. */
  readonly wgiFallbackFor: readonly CountryId[];
  /** A computed stage whose "Other countries" residual exceeds half of supply: not ranked. */
  readonly insufficientData: boolean;
}

const finiteNonNegative = (x: number) => x >= 0 && x < Number.POSITIVE_INFINITY;

function compileScope(
  rows: readonly SupplyRow[],
  factors: Readonly<Record<CountryId, number>> | undefined,
  wgi: WgiIndex,
  missingWgi: CountryId[],
  fallbackFor: CountryId[],
): CompiledScope {
  const split = splitResidual(rows);
  const kept: SupplyRow[] = [];
  const slot: number[] = [];
  const quantity: number[] = [];
  const relativeStdError: number[] = [];
  const t: number[] = [];
  let total = 0;
  let sumSq = 0;
  let uncertain = false;
  let other = false;
  for (const r of split.rows) {
    if (r.kind === "total") continue;
    const { country, quantity: q } = r;
    const rse = r.relativeStdError ?? 0;
    const f = factors?.[country] ?? 1;
    if (!finiteNonNegative(q) || !finiteNonNegative(rse) || !finiteNonNegative(f)) {
      throw new InvalidInputError(
        "invalid_quantity",
        "quantity, relativeStdError and t must be finite and ≥ 0",
        {
          country,
          quantity: q,
          relativeStdError: rse,
          t: f,
        },
      );
    }
    let pos = wgi.position.get(country);
    if (pos === undefined) {
      pos = wgi.fallbackSlot;
      (wgi.fallback === undefined ? missingWgi : fallbackFor).push(country);
    }
    kept.push(r);
    slot.push(pos);
    quantity.push(q);
    relativeStdError.push(rse);
    t.push(f);
    if (rse > 0) uncertain = true;
    if (r.kind === "other") other = true;
    total += q;
    sumSq += q * q;
  }
  if (total === 0) {
    throw new InvalidInputError("empty_supply", "total supply is zero", { rows: rows.length });
  }
  return {
    rows: kept,
    slot,
    quantity,
    relativeStdError,
    t,
    uncertain,
    includesOtherCountries: other,
    residualShare: split.residual / total,
    hhi: sumSq / (total * total),
    hhiUpper: split.upperSumSq / (total * total),
  };
}

/**
 * Compiles `input` for `party`'s view, or lists the missing inputs. The "global" view uses the
 * global-supply scope alone; another party's view needs that party's sourcing at every stage,
 * except at stages that declare the party global-only (EuStageInput.globalOnlyFor).
 */
export function compileEu(
  input: EuMaterialInput,
  party: PartyId,
  wgi: WgiIndex,
): CompiledEu | { missing: MissingInput[] } {
  requireParty(party);
  const missing: MissingInput[] = [];
  const fallbackFor: CountryId[] = [];
  const stages: CompiledStage[] = [];
  for (const s of input.stages) {
    const compiled = compileStage(s, party, wgi, missing, fallbackFor);
    if (compiled) stages.push(compiled);
  }
  // EoL-RIR and SI_SR are needed only by stages computed here (not by published ones).
  const allPublished =
    input.stages.length > 0 &&
    stages.length === input.stages.length &&
    stages.every((s) => s.published);
  const head: MissingInput[] = [];
  if (input.stages.length === 0) head.push({ input: "stages" });
  if (input.eolRir === undefined && !allPublished) head.push({ input: "eol_rir" });
  if (input.siSr === undefined && !allPublished) head.push({ input: "substitution_index" });
  missing.unshift(...head);
  if (missing.length > 0) return { missing };
  const insufficientData = stages.some(
    (s) => (s.global?.residualShare ?? 0) > INSUFFICIENT_RESIDUAL_SHARE,
  );
  return {
    input,
    party,
    stages,
    eolRir: requireInRange("eolRir", input.eolRir ?? 0, 0, 1),
    siSr: requireInRange("siSr", input.siSr ?? 1, 0, Number.MAX_VALUE),
    economicImportance: input.economicImportanceByParty?.[party] ?? input.economicImportance,
    strategic: input.strategicFor?.includes(party) ?? false,
    wgiFallbackFor: [...new Set(fallbackFor)],
    insufficientData,
  };
}

function compileStage(
  s: EuStageInput,
  party: PartyId,
  wgi: WgiIndex,
  missing: MissingInput[],
  fallbackFor: CountryId[],
): CompiledStage | null {
  const globalOnly = party === "global" || (s.globalOnlyFor?.includes(party) ?? false);
  const sourcing = globalOnly ? undefined : s.sourcing?.[party];
  const published = s.published?.[party];
  if (published && (globalOnly ? !s.globalSupply : !sourcing)) {
    requireInRange("publishedSupplyRisk", published.supplyRisk, 0, Number.MAX_VALUE);
    return { stage: s.stage, global: null, party: null, importReliance: 0, published };
  }
  if (globalOnly && !s.globalSupply) {
    missing.push({ input: "global_supply", stage: s.stage });
    return null;
  }
  if (!globalOnly && !sourcing) {
    missing.push({ input: "party_sourcing", stage: s.stage });
    return null;
  }
  const missingWgi: CountryId[] = [];
  const global = s.globalSupply
    ? compileScope(s.globalSupply, s.tradeFactors, wgi, missingWgi, fallbackFor)
    : null;
  const own = sourcing
    ? compileScope(sourcing.rows, sourcing.tradeFactors, wgi, missingWgi, fallbackFor)
    : null;
  if (missingWgi.length > 0) {
    missing.push({ input: "wgi", stage: s.stage, countries: [...new Set(missingWgi)] });
    return null;
  }
  const ir = sourcing ? requireInRange("importReliance", sourcing.importReliance, 0, 1) : 0;
  return { stage: s.stage, global, party: own, importReliance: ir, published: null };
}

/** Σ q² · WGI · t / (Σ q)² over a scope, with quantities `q` (the scope's own by default). */
export function scopeHhiWgiT(
  scope: CompiledScope,
  wgi: Float64Array,
  q: ArrayLike<number> = scope.quantity,
): number {
  const { slot, t } = scope;
  let total = 0;
  let acc = 0;
  for (let i = 0; i < q.length; i++) {
    const x = q[i] as number;
    total += x;
    acc += x * x * (wgi[slot[i] as number] as number) * (t[i] as number);
  }
  return acc / (total * total);
}

/** SR of one stage from its scopes' HHI_WGI,t values (null = scope absent). */
export function stageSr(
  stage: CompiledStage,
  global: number | null,
  party: number | null,
  eolRir: number,
  siSr: number,
): number {
  if (stage.published) return stage.published.supplyRisk;
  const ir = stage.importReliance;
  const bracket =
    global !== null && party !== null
      ? (global * ir) / 2 + party * (1 - ir / 2)
      : ((global ?? party) as number);
  return bracket * (1 - eolRir) * siSr;
}
